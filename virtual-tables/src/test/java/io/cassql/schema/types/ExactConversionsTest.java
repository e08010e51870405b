package io.cassql.schema.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DriverValues}: numbers bound to {@code double}, {@code float} and {@code boolean} are
 * exact or out of range.
 */
class ExactConversionsTest {

  private static void refused(Object value, DataType type) {
    ValueConversionException e =
        assertThrows(
            ValueConversionException.class,
            () -> DriverValues.convert(value, type),
            () -> value + " to " + type);
    assertTrue(e.outOfRange(), e.getMessage());
  }

  @Test
  void should_bind_a_double_when_the_number_survives() {
    assertEquals(0.1d, DriverValues.convert(0.1d, DataTypes.DOUBLE));
    assertEquals(
        0.1d, DriverValues.convert(0.1f, DataTypes.DOUBLE), "a float denotes its shortest text");
    assertEquals(1.1d, DriverValues.convert(1.1f, DataTypes.DOUBLE));
    assertEquals(9007199254740992d, DriverValues.convert(1L << 53, DataTypes.DOUBLE));
    assertEquals(-9007199254740992d, DriverValues.convert(-(1L << 53), DataTypes.DOUBLE));
    assertEquals(0x1p60, DriverValues.convert(1L << 60, DataTypes.DOUBLE), "exactly representable");
    assertEquals(
        0x1p60, DriverValues.convert(new BigDecimal("1152921504606846976"), DataTypes.DOUBLE));
    assertEquals(-0x1p63, DriverValues.convert(Long.MIN_VALUE, DataTypes.DOUBLE));
    assertEquals(
        0.30000000000000004,
        DriverValues.convert(new BigDecimal("0.30000000000000004"), DataTypes.DOUBLE));
    assertEquals(0.3, DriverValues.convert(new BigDecimal("0.3"), DataTypes.DOUBLE));
    assertEquals(
        1e23,
        DriverValues.convert(new BigDecimal("100000000000000000000000"), DataTypes.DOUBLE),
        "trailing zeros are not significant digits");
    assertEquals(2e23, DriverValues.convert(new BigDecimal("2e23"), DataTypes.DOUBLE));
    assertEquals(1e300, DriverValues.convert("1e300", DataTypes.DOUBLE));
    assertEquals(12345.678, DriverValues.convert(" 12345.678 ", DataTypes.DOUBLE));
    assertEquals(7d, DriverValues.convert(new BigInteger("7"), DataTypes.DOUBLE));
    assertEquals(1d, DriverValues.convert(true, DataTypes.DOUBLE));
    assertEquals(0d, DriverValues.convert("-0.0", DataTypes.DOUBLE));
    assertEquals(Double.MIN_VALUE, DriverValues.convert(Double.MIN_VALUE, DataTypes.DOUBLE));
  }

  @Test
  void should_refuse_a_double_that_would_change_the_number() {
    refused((1L << 53) + 1, DataTypes.DOUBLE);
    refused(Long.MAX_VALUE, DataTypes.DOUBLE);
    refused("9007199254740993", DataTypes.DOUBLE);
    refused(new BigDecimal("1234567890.1234567891"), DataTypes.DOUBLE);
    refused(new BigDecimal("12345678901234567890"), DataTypes.DOUBLE);
    refused(new BigInteger("12345678901234567891"), DataTypes.DOUBLE);
    refused("1e400", DataTypes.DOUBLE);
    refused(new BigDecimal("-1e400"), DataTypes.DOUBLE);
    refused("1e-400", DataTypes.DOUBLE);
    ValueConversionException e =
        assertThrows(
            ValueConversionException.class,
            () -> DriverValues.convert((1L << 53) + 1, DataTypes.DOUBLE));
    assertTrue(
        e.getMessage().contains("9007199254740993") && e.getMessage().contains("double"),
        e.getMessage());
  }

  @Test
  void should_bind_a_float_when_the_number_survives() {
    assertEquals(0.1f, DriverValues.convert(0.1d, DataTypes.FLOAT));
    assertEquals(0.1f, DriverValues.convert(new BigDecimal("0.1"), DataTypes.FLOAT));
    assertEquals(0.1f, DriverValues.convert("0.1", DataTypes.FLOAT));
    assertEquals(0.5f, DriverValues.convert(0.5d, DataTypes.FLOAT));
    assertEquals(0.12345679f, DriverValues.convert(0.12345679d, DataTypes.FLOAT));
    assertEquals(16777216f, DriverValues.convert(1 << 24, DataTypes.FLOAT));
    assertEquals(0x1p40f, DriverValues.convert(1L << 40, DataTypes.FLOAT), "exactly representable");
    assertEquals(Float.MAX_VALUE, DriverValues.convert((double) Float.MAX_VALUE, DataTypes.FLOAT));
    assertEquals(Float.MAX_VALUE, DriverValues.convert("3.4028235E38", DataTypes.FLOAT));
    assertEquals(Float.MIN_VALUE, DriverValues.convert(1.4e-45, DataTypes.FLOAT));
    assertEquals(2e23f, DriverValues.convert(2e23, DataTypes.FLOAT));
    assertEquals(-3.25f, DriverValues.convert(-3.25d, DataTypes.FLOAT));
    assertEquals(7f, DriverValues.convert((byte) 7, DataTypes.FLOAT));
  }

  @Test
  void should_refuse_a_float_that_would_change_the_number() {
    refused(0.123456789d, DataTypes.FLOAT);
    refused(new BigDecimal("0.123456789"), DataTypes.FLOAT);
    refused("1e300", DataTypes.FLOAT);
    refused(1e300d, DataTypes.FLOAT);
    refused(-1e39d, DataTypes.FLOAT);
    refused(1e-50d, DataTypes.FLOAT);
    refused(new BigDecimal("1e-50"), DataTypes.FLOAT);
    refused((1 << 24) + 1, DataTypes.FLOAT);
    refused((1L << 24) + 1, DataTypes.FLOAT);
    refused(Math.PI, DataTypes.FLOAT);
    ValueConversionException e =
        assertThrows(
            ValueConversionException.class,
            () -> DriverValues.convert(0.123456789d, DataTypes.FLOAT));
    assertTrue(e.getMessage().contains("0.12345679"), e.getMessage());
  }

  @Test
  void should_keep_nan_and_infinities_given_as_such() {
    assertTrue(Double.isNaN((Double) DriverValues.convert(Double.NaN, DataTypes.DOUBLE)));
    assertTrue(Float.isNaN((Float) DriverValues.convert(Double.NaN, DataTypes.FLOAT)));
    assertTrue(Float.isNaN((Float) DriverValues.convert("NaN", DataTypes.FLOAT)));
    assertEquals(
        Double.POSITIVE_INFINITY, DriverValues.convert(Float.POSITIVE_INFINITY, DataTypes.DOUBLE));
    assertEquals(
        Float.NEGATIVE_INFINITY, DriverValues.convert(Double.NEGATIVE_INFINITY, DataTypes.FLOAT));
    assertEquals(Double.NEGATIVE_INFINITY, DriverValues.convert("-Infinity", DataTypes.DOUBLE));
    assertEquals(Float.POSITIVE_INFINITY, DriverValues.convert("Infinity", DataTypes.FLOAT));
    ValueConversionException e =
        assertThrows(
            ValueConversionException.class, () -> DriverValues.convert("one", DataTypes.DOUBLE));
    assertTrue(!e.outOfRange(), "text that is no number is 22018: " + e.getMessage());
  }

  @Test
  void should_bind_only_zero_and_one_as_booleans() {
    assertEquals(false, DriverValues.convert(0, DataTypes.BOOLEAN));
    assertEquals(true, DriverValues.convert(1L, DataTypes.BOOLEAN));
    assertEquals(true, DriverValues.convert(new BigDecimal("1.00"), DataTypes.BOOLEAN));
    assertEquals(true, DriverValues.convert(1.0d, DataTypes.BOOLEAN));
    assertEquals(false, DriverValues.convert((short) 0, DataTypes.BOOLEAN));
    assertEquals(false, DriverValues.convert("0", DataTypes.BOOLEAN));
    for (Object n : List.of(1L << 32, 2, -1, 0.5d, new BigDecimal("1.0001"), BigInteger.TEN)) {
      refused(n, DataTypes.BOOLEAN);
    }
  }

  @Test
  void should_apply_the_rules_inside_collections() {
    assertEquals(List.of(0.1f), DriverValues.convert("[0.1]", DataTypes.listOf(DataTypes.FLOAT)));
    refused("[0.123456789]", DataTypes.listOf(DataTypes.FLOAT));
    refused(List.of(9007199254740993L), DataTypes.listOf(DataTypes.DOUBLE));
  }
}
