package io.cassql.schema.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Supplier;

/**
 * The rule by which a bound value becomes a CQL {@code double} or {@code float}: the number the
 * value denotes (a Java {@code float} or {@code double} denotes its shortest decimal text, so
 * {@code 0.1f} is 0.1) is converted to the nearest binary value, which is accepted when it is
 * finite and denotes the same number: either exactly (2^60, 0.5) or when read back with as many
 * significant digits as the source has (0.1 to float reads back 0.1). Otherwise the conversion
 * fails as out of range: 0.123456789 to float (0.12345679), 2^53+1 to double, a 20-digit decimal
 * that no double holds exactly, 1e300 or 1e-50 to float. NaN and the infinities, given as such (or
 * as the texts {@code NaN}, {@code Infinity}, {@code -Infinity}), stay what they are.
 */
final class FloatingValues {
  /** The largest magnitude up to which every long is a double exactly. */
  private static final long EXACT_DOUBLE_LONG = 1L << 53;

  /** The largest magnitude up to which every int is a float exactly. */
  private static final int EXACT_FLOAT_INT = 1 << 24;

  private FloatingValues() {}

  /** A number that has no binary floating value of the wanted type denoting the same number. */
  static final class NotRepresentable extends ArithmeticException {
    NotRepresentable(String message) {
      super(message);
    }
  }

  /**
   * The CQL {@code double} of {@code v} under the rule above; {@code number} gives its exact
   * number.
   */
  static double toDouble(Object v, Supplier<BigDecimal> number) {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Float f) {
      return Float.isFinite(f) ? shortest(f).doubleValue() : (double) f;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Long n && n >= -EXACT_DOUBLE_LONG && n <= EXACT_DOUBLE_LONG) {
      return n;
    }
    Double special = nonFinite(v);
    if (special != null) {
      return special;
    }
    BigDecimal source = number.get();
    double r = source.doubleValue();
    if (Double.isInfinite(r)) {
      throw new NotRepresentable("beyond the range of double");
    }
    if (!denotes(r == 0 ? BigDecimal.ZERO : new BigDecimal(r), source)) {
      throw new NotRepresentable("the nearest double is " + r);
    }
    return r;
  }

  /**
   * The CQL {@code float} of {@code v} under the rule above; {@code number} gives its exact number.
   */
  static float toFloat(Object v, Supplier<BigDecimal> number) {
    if (v instanceof Float f) {
      return f;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof Long) {
      long n = ((Number) v).longValue();
      if (n >= -EXACT_FLOAT_INT && n <= EXACT_FLOAT_INT) {
        return n;
      }
    }
    BigDecimal source;
    if (v instanceof Double d) {
      float f = (float) (double) d;
      if (!Double.isFinite(d) || (double) f == d) {
        return f;
      }
      source = shortest(d);
    } else {
      Double special = nonFinite(v);
      if (special != null) {
        return special.floatValue();
      }
      source = number.get();
    }
    float f = source.floatValue();
    if (Float.isInfinite(f)) {
      throw new NotRepresentable("beyond the range of float");
    }
    if (!denotes(f == 0 ? BigDecimal.ZERO : new BigDecimal(f), source)) {
      throw new NotRepresentable("the nearest float is " + f);
    }
    return f;
  }

  /**
   * True when the binary value {@code exact} denotes {@code source}: it equals the source when
   * rounded to the source's significant digits (trailing zeros not counted).
   */
  static boolean denotes(BigDecimal exact, BigDecimal source) {
    if (source.signum() == 0) {
      return exact.signum() == 0;
    }
    if (exact.signum() != source.signum()) {
      return false;
    }
    int digits = source.stripTrailingZeros().precision();
    return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).compareTo(source) == 0;
  }

  /** The shortest decimal that reads back as {@code d} (finite). */
  static BigDecimal shortest(double d) {
    if (d == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = new BigDecimal(d);
    for (int digits = 1; digits < 17; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        return candidate;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  /** The shortest decimal that reads back as {@code f} (finite). */
  static BigDecimal shortest(float f) {
    if (f == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = new BigDecimal(f);
    for (int digits = 1; digits < 9; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (candidate.floatValue() == f) {
        return candidate;
      }
    }
    return exact.round(new MathContext(9, RoundingMode.HALF_EVEN));
  }

  /** NaN or an infinity given as such (a Java float or double, or its text), else null. */
  private static Double nonFinite(Object v) {
    if (v instanceof Double d && !Double.isFinite(d)) {
      return d;
    }
    if (v instanceof Float f && !Float.isFinite(f)) {
      return (double) f;
    }
    if (v instanceof String s) {
      return switch (s.trim()) {
        case "NaN" -> Double.NaN;
        case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
        case "-Infinity" -> Double.NEGATIVE_INFINITY;
        default -> null;
      };
    }
    return null;
  }
}
