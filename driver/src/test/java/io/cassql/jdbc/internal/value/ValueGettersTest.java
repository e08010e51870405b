package io.cassql.jdbc.internal.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cassql.schema.types.CqlKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link ValueGetters}: a narrower getter may round but fails with 22003 where the value overflows.
 */
class ValueGettersTest {

  private static void outOfRange(Executable read) {
    SQLException e = assertThrows(SQLException.class, read);
    assertEquals("22003", e.getSQLState(), e.getMessage());
  }

  @Test
  void should_round_a_double_to_the_nearest_float_but_refuse_overflow() throws Exception {
    assertEquals(0.12345679f, ValueGetters.floatValue(0.123456789d, CqlKind.DOUBLE));
    assertEquals(
        Float.POSITIVE_INFINITY, ValueGetters.floatValue(Double.POSITIVE_INFINITY, CqlKind.DOUBLE));
    assertEquals(Float.NaN, ValueGetters.floatValue(Double.NaN, CqlKind.DOUBLE));
    assertEquals(1.5f, ValueGetters.floatValue(new BigDecimal("1.5"), CqlKind.DECIMAL));
    outOfRange(() -> ValueGetters.floatValue(1e300, CqlKind.DOUBLE));
    outOfRange(() -> ValueGetters.floatValue(-1e39, CqlKind.DOUBLE));
    outOfRange(() -> ValueGetters.floatValue(1e-50, CqlKind.DOUBLE));
    outOfRange(() -> ValueGetters.floatValue("1e300", CqlKind.TEXT));
    outOfRange(() -> ValueGetters.as(1e300, CqlKind.DOUBLE, null, Float.class));
    outOfRange(() -> ValueGetters.toFloat(Double.MAX_VALUE));
  }

  @Test
  void should_refuse_a_double_of_a_decimal_or_varint_beyond_its_range() throws Exception {
    assertEquals(
        9007199254740992d,
        ValueGetters.doubleValue((1L << 53) + 1, CqlKind.BIGINT),
        "a getter may round");
    assertEquals(0.1d, ValueGetters.doubleValue(new BigDecimal("0.1"), CqlKind.DECIMAL));
    outOfRange(() -> ValueGetters.doubleValue(new BigDecimal("1e400"), CqlKind.DECIMAL));
    outOfRange(() -> ValueGetters.doubleValue(new BigDecimal("-1e400"), CqlKind.DECIMAL));
    outOfRange(() -> ValueGetters.doubleValue(new BigDecimal("1e-400"), CqlKind.DECIMAL));
    outOfRange(() -> ValueGetters.doubleValue(BigInteger.TEN.pow(400), CqlKind.VARINT));
    outOfRange(() -> ValueGetters.doubleValue("1e400", CqlKind.TEXT));
    assertEquals(Double.NEGATIVE_INFINITY, ValueGetters.doubleValue("-Infinity", CqlKind.TEXT));
  }

  @Test
  void should_read_only_zero_and_one_as_booleans() throws Exception {
    assertEquals(false, ValueGetters.booleanValue(0, CqlKind.INT));
    assertEquals(true, ValueGetters.booleanValue(1L, CqlKind.BIGINT));
    assertEquals(true, ValueGetters.booleanValue(new BigDecimal("1.000"), CqlKind.DECIMAL));
    outOfRange(() -> ValueGetters.booleanValue(2, CqlKind.INT));
    outOfRange(() -> ValueGetters.booleanValue(1L << 32, CqlKind.BIGINT));
    outOfRange(() -> ValueGetters.booleanValue(0.5d, CqlKind.DOUBLE));
  }

  @Test
  void should_check_the_range_of_whole_numbers() {
    outOfRange(
        () ->
            ValueGetters.longValue(
                1L << 40, CqlKind.BIGINT, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER"));
    outOfRange(
        () ->
            ValueGetters.longValue(
                1e300, CqlKind.DOUBLE, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT"));
  }
}
