package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value comparison of the conformance suite, without a server. */
class ConformanceResultTest {
  private static Object n(Object v) {
    return ConformanceResult.normalize(v);
  }

  private static List<Object> row(Object... values) {
    List<Object> out = new ArrayList<>();
    Arrays.stream(values).forEach(v -> out.add(n(v)));
    return out;
  }

  @Test
  void should_see_the_cents_of_a_sum_above_ten_million() {
    assertFalse(
        ConformanceResult.same(
            n(new BigDecimal("123456789.01")), n(new BigDecimal("123456789.02"))));
    assertFalse(ConformanceResult.same(n(new BigDecimal("98765432101.5")), n(98765432101L)));
  }

  @Test
  void should_compare_exact_numbers_by_value_whatever_their_scale_or_type() {
    assertTrue(ConformanceResult.same(n(new BigDecimal("1.50")), n(new BigDecimal("1.5"))));
    assertTrue(ConformanceResult.same(n(new BigDecimal("0.000")), n(0)));
    assertTrue(ConformanceResult.same(n(42L), n(new BigDecimal("42.000000000"))));
    assertTrue(ConformanceResult.same(n((short) 7), n((byte) 7)));
    assertEquals("1200", ConformanceResult.render(row(new BigDecimal("1.2E+3"))));
  }

  @Test
  void should_compare_doubles_within_a_relative_tolerance() {
    assertTrue(ConformanceResult.same(n(0.1 + 0.2), n(0.3)));
    assertTrue(ConformanceResult.same(n(1e15 + 0.5), n(1e15)));
    assertFalse(ConformanceResult.same(n(1.000001), n(1.0)));
    assertTrue(ConformanceResult.same(n(new BigDecimal("0.3")), n(0.1 + 0.2)));
    assertTrue(ConformanceResult.same(n(Double.NaN), n(Double.NaN)));
    assertFalse(ConformanceResult.same(n(Double.POSITIVE_INFINITY), n(Double.MAX_VALUE)));
  }

  @Test
  void should_compare_reals_within_a_wider_tolerance() {
    assertTrue(ConformanceResult.same(n(0.37f * 3), n(1.11)));
    assertFalse(ConformanceResult.same(n(1.0f), n(1.00001)));
  }

  @Test
  void should_tell_a_null_from_any_value() {
    assertTrue(ConformanceResult.same(null, null));
    assertFalse(ConformanceResult.same(null, n(0)));
    assertFalse(ConformanceResult.same(n(""), null));
  }

  @Test
  void should_match_rows_as_multisets_or_in_order() {
    List<List<Object>> expected = List.of(row(1, 0.1 + 0.2), row(2, "b"), row(2, "b"));
    List<List<Object>> actual = List.of(row(2, "b"), row(new BigDecimal("1.0"), 0.3), row(2, "b"));
    assertTrue(ConformanceResult.sameRows(expected, actual, false));
    assertFalse(ConformanceResult.sameRows(expected, actual, true));
    assertFalse(
        ConformanceResult.sameRows(
            expected, List.of(row(2, "b"), row(1, 0.3), row(1, 0.3)), false));
    assertFalse(ConformanceResult.sameRows(expected, actual.subList(0, 2), false));
  }
}
