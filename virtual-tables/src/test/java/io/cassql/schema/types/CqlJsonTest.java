package io.cassql.schema.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CqlJsonTest {

  @Test
  void should_write_lists_and_sets_as_arrays() {
    assertEquals(
        "[\"1\",\"2\",\"3\"]",
        CqlJson.write(List.of("1", "2", "3"), DataTypes.listOf(DataTypes.TEXT)));
    assertEquals(
        "[\"A\",\"B\"]",
        CqlJson.write(new LinkedHashSet<>(List.of("A", "B")), DataTypes.setOf(DataTypes.TEXT)));
    assertEquals("[1,2]", CqlJson.write(List.of(1, 2), DataTypes.listOf(DataTypes.INT)));
  }

  @Test
  void should_write_maps_as_objects_with_text_keys() {
    Map<Integer, Boolean> m = new LinkedHashMap<>();
    m.put(1, true);
    m.put(2, null);
    assertEquals(
        "{\"1\":true,\"2\":null}",
        CqlJson.write(m, DataTypes.mapOf(DataTypes.INT, DataTypes.BOOLEAN)));
  }

  @Test
  void should_keep_numbers_exact_and_quote_everything_else() {
    assertEquals(
        "[12345678901234567890.000000000000000000001]",
        CqlJson.write(
            List.of(new BigDecimal("12345678901234567890.000000000000000000001")),
            DataTypes.listOf(DataTypes.DECIMAL)));
    assertEquals(
        "[1267650600228229401496703205376]",
        CqlJson.write(List.of(BigInteger.TWO.pow(100)), DataTypes.listOf(DataTypes.VARINT)));
    UUID u = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    assertEquals("[\"" + u + "\"]", CqlJson.write(List.of(u), DataTypes.listOf(DataTypes.UUID)));
    assertEquals(
        "[\"2026-01-02\"]",
        CqlJson.write(List.of(LocalDate.of(2026, 1, 2)), DataTypes.listOf(DataTypes.DATE)));
    assertEquals(
        "[\"2026-01-02T03:04:05.006Z\"]",
        CqlJson.write(
            List.of(Instant.parse("2026-01-02T03:04:05.006Z")),
            DataTypes.listOf(DataTypes.TIMESTAMP)));
    assertEquals(
        "[\"0x00ff\"]",
        CqlJson.write(
            List.of(ByteBuffer.wrap(new byte[] {0, -1})), DataTypes.listOf(DataTypes.BLOB)));
    assertEquals(
        "[\"NaN\",1.5]",
        CqlJson.write(List.of(Double.NaN, 1.5), DataTypes.listOf(DataTypes.DOUBLE)));
  }

  @Test
  void should_escape_text() {
    assertEquals(
        "[\"a\\\"b\\\\c\\n\"]",
        CqlJson.write(List.of("a\"b\\c\n"), DataTypes.listOf(DataTypes.TEXT)));
  }

  @Test
  void should_leave_null_as_null() {
    assertNull(CqlJson.write(null, DataTypes.listOf(DataTypes.TEXT)));
  }

  @Test
  void should_format_durations_as_iso_8601_and_parse_them_back() {
    CqlDuration d =
        CqlDuration.newInstance(
            14, 3, 4 * 3600_000_000_000L + 5 * 60_000_000_000L + 6_007_000_000L);
    assertEquals("P1Y2M3DT4H5M6.007S", IsoDuration.format(d));
    assertEquals(d, IsoDuration.parse("P1Y2M3DT4H5M6.007S"));
    assertEquals("PT0S", IsoDuration.format(CqlDuration.newInstance(0, 0, 0)));
    assertEquals("-P1D", IsoDuration.format(CqlDuration.newInstance(0, -1, 0)));
    assertEquals(CqlDuration.newInstance(0, -1, 0), IsoDuration.parse("-P1D"));
    assertEquals(CqlDuration.newInstance(0, 0, 5_400_000_000_000L), IsoDuration.parse("1h30m"));
  }
}
