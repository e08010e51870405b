package io.cassql.schema.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DriverValuesTest {

  @Test
  void should_convert_numbers_exactly_or_refuse() {
    assertEquals(5, DriverValues.convert(5L, DataTypes.INT));
    assertEquals((short) 7, DriverValues.convert("7", DataTypes.SMALLINT));
    assertEquals(
        new BigInteger("123456789012345678901234567890"),
        DriverValues.convert("123456789012345678901234567890", DataTypes.VARINT));
    assertEquals(new BigDecimal("0.1"), DriverValues.convert(0.1d, DataTypes.DECIMAL));
    ValueConversionException tooBig =
        assertThrows(
            ValueConversionException.class, () -> DriverValues.convert(1L << 40, DataTypes.INT));
    assertTrue(tooBig.outOfRange());
    ValueConversionException fraction =
        assertThrows(
            ValueConversionException.class,
            () -> DriverValues.convert(new BigDecimal("1.5"), DataTypes.BIGINT));
    assertTrue(fraction.outOfRange());
    ValueConversionException text =
        assertThrows(
            ValueConversionException.class, () -> DriverValues.convert("abc", DataTypes.INT));
    assertFalse(text.outOfRange());
    assertTrue(text.getMessage().contains("'abc'"), text.getMessage());
  }

  @Test
  void should_parse_collections_from_json_with_element_types() {
    assertEquals(List.of(1, 2), DriverValues.convert("[1, 2]", DataTypes.listOf(DataTypes.INT)));
    assertEquals(Set.of("a"), DriverValues.convert("[\"a\"]", DataTypes.setOf(DataTypes.TEXT)));
    assertEquals(
        Map.of(1, LocalDate.of(2026, 1, 1)),
        DriverValues.convert(
            "{\"1\": \"2026-01-01\"}", DataTypes.mapOf(DataTypes.INT, DataTypes.DATE)));
    assertThrows(
        ValueConversionException.class,
        () -> DriverValues.convert("{not json", DataTypes.listOf(DataTypes.INT)));
    assertThrows(
        ValueConversionException.class,
        () -> DriverValues.convert("{}", DataTypes.listOf(DataTypes.INT)));
  }

  @Test
  void should_convert_java_collections_element_by_element() {
    assertEquals(
        List.of(1L, 2L), DriverValues.convert(List.of(1, 2), DataTypes.listOf(DataTypes.BIGINT)));
  }

  @Test
  void should_read_blobs_timestamps_and_booleans_from_text() {
    assertEquals(
        ByteBuffer.wrap(new byte[] {(byte) 0xca, (byte) 0xfe}),
        DriverValues.convert("0xcafe", DataTypes.BLOB));
    assertEquals(
        Instant.parse("2026-01-02T03:04:05.123Z"),
        DriverValues.convert("2026-01-02T03:04:05.123Z", DataTypes.TIMESTAMP));
    assertEquals(true, DriverValues.convert("TRUE", DataTypes.BOOLEAN));
    assertThrows(
        ValueConversionException.class,
        () -> DriverValues.convert("yes please", DataTypes.BOOLEAN));
    assertThrows(
        ValueConversionException.class, () -> DriverValues.convert("cafe", DataTypes.BLOB));
  }
}
