package io.cassql.jdbc.internal.value;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.CqlJson;
import io.cassql.schema.types.CqlKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The value layer of both modes' result sets: converts a value in the Cassandra driver's form
 * (String, Long, BigDecimal, LocalDate, LocalTime, Instant, UUID, List, ...) to what a JDBC getter
 * asks for, exactly or not at all, with JDBC 4.2's date and time rules: a date is a calendar date
 * ({@code getDate} gives its midnight in the JVM's zone or the Calendar's), a time a wall-clock
 * time, a timestamp an instant; the text of a timestamp is ISO-8601 in UTC with milliseconds,
 * {@code 2024-02-29T23:30:00.123Z}.
 */
public final class ValueGetters {
  /** The text form of a timestamp in both modes. */
  private static final java.time.format.DateTimeFormatter TIMESTAMP_TEXT =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(ZoneOffset.UTC);

  private ValueGetters() {}

  /** {@code getObject(int)}: the class {@link CqlKind#javaClass()} names. */
  public static Object jdbcObject(Object v, CqlKind kind, DataType type) {
    if (v == null) {
      return null;
    }
    return switch (kind) {
      case INET, DURATION, LIST, SET, MAP, TUPLE, UDT, VECTOR -> string(v, kind, type);
      case BLOB, CUSTOM -> bytes((ByteBuffer) v);
      case DATE -> java.sql.Date.valueOf((LocalDate) v);
      case TIME -> sqlTime((LocalTime) v);
      case TIMESTAMP -> Timestamp.from((Instant) v);
      case VARINT -> new BigDecimal((BigInteger) v);
      default -> v;
    };
  }

  /** {@code getString}: text as Cassandra shows it; collections as JSON. */
  public static String string(Object v, CqlKind kind, DataType type) {
    if (v == null) {
      return null;
    }
    return switch (kind) {
      case ASCII, TEXT -> (String) v;
      case TIMESTAMP -> TIMESTAMP_TEXT.format((Instant) v);
      case LIST, SET, MAP, TUPLE, UDT, VECTOR -> CqlJson.write(v, type);
      default -> CqlJson.scalarText(v, kind);
    };
  }

  /** Whole numbers in [min, max]: exact, else 22003; text parsed, else 22018. */
  public static long longValue(Object v, CqlKind kind, long min, long max, String target)
      throws SQLException {
    if (v == null) {
      return 0;
    }
    BigDecimal d = decimal(v, kind, target);
    try {
      long n = d.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
      if (n < min || n > max) {
        throw new ArithmeticException();
      }
      return n;
    } catch (ArithmeticException e) {
      throw SqlErrors.create(
          SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
          "value " + d.toPlainString() + " is out of the range of " + target);
    }
  }

  /**
   * {@code getDouble}: the nearest double (rounding allowed, as JDBC expects); a finite number that
   * has no finite non-zero double (a decimal or varint beyond 1.8e308 or a non-zero one below
   * 4.9e-324) is 22003.
   */
  public static double doubleValue(Object v, CqlKind kind) throws SQLException {
    if (v == null) {
      return 0;
    }
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Float
        || v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof String s) {
      String t = s.trim();
      double d;
      try {
        d = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw cannot(v, "a double");
      }
      if (Double.isInfinite(d) && !t.contains("Infinity")) {
        throw outOfRange(t, "DOUBLE");
      }
      return d;
    }
    if (v instanceof BigDecimal || v instanceof BigInteger) {
      double d = ((Number) v).doubleValue();
      if (Double.isInfinite(d) || (d == 0 && decimal(v, kind, "DOUBLE").signum() != 0)) {
        throw outOfRange(v, "DOUBLE");
      }
      return d;
    }
    throw cannot(kind, "a double");
  }

  /**
   * {@code getFloat}: the nearest float of {@link #doubleValue} (rounding allowed); a finite value
   * beyond the range of float (3.4e38), or a non-zero one that would become 0, is 22003.
   */
  public static float floatValue(Object v, CqlKind kind) throws SQLException {
    if (v instanceof Float f) {
      return f;
    }
    return toFloat(doubleValue(v, kind));
  }

  /** The nearest float of {@code d}, or 22003 when a finite {@code d} becomes infinite or 0. */
  public static float toFloat(double d) throws SQLException {
    float f = (float) d;
    if (Double.isFinite(d) && (Float.isInfinite(f) || (f == 0 && d != 0))) {
      throw outOfRange(d, "REAL");
    }
    return f;
  }

  /** An exact decimal of any numeric value (or numeric text). */
  public static BigDecimal decimal(Object v, CqlKind kind, String target) throws SQLException {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw SqlErrors.create(
            SqlState.NUMERIC_VALUE_OUT_OF_RANGE, d + " has no value as " + target);
      }
      return new BigDecimal(v.toString());
    }
    if (v instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (v instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        throw cannot(v, target);
      }
    }
    throw cannot(kind, target);
  }

  /** {@code getBoolean}: a number 0 is false, 1 is true, any other 22003; text true/false/1/0. */
  public static boolean booleanValue(Object v, CqlKind kind) throws SQLException {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number) {
      BigDecimal n = decimal(v, kind, "BOOLEAN");
      if (n.signum() == 0 || n.compareTo(BigDecimal.ONE) == 0) {
        return n.signum() != 0;
      }
      throw SqlErrors.create(
          SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
          "value " + n.toPlainString() + " is neither 0 nor 1 and has no BOOLEAN value");
    }
    if (v instanceof String s) {
      String t = s.trim();
      if (t.equalsIgnoreCase("true") || t.equals("1")) {
        return true;
      }
      if (t.equalsIgnoreCase("false") || t.equals("0")) {
        return false;
      }
      throw cannot(v, "a boolean");
    }
    throw cannot(kind, "a boolean");
  }

  public static byte[] bytesValue(Object v, CqlKind kind, DataType type) {
    if (v == null) {
      return null;
    }
    if (v instanceof ByteBuffer b) {
      return bytes(b);
    }
    return string(v, kind, type).getBytes(StandardCharsets.UTF_8);
  }

  public static java.sql.Date dateValue(Object v, CqlKind kind, Calendar cal) throws SQLException {
    if (v == null) {
      return null;
    }
    ZoneId zone = zone(cal);
    LocalDate d =
        switch (kind) {
          case DATE -> (LocalDate) v;
          case TIMESTAMP -> ((Instant) v).atZone(zone).toLocalDate();
          case ASCII, TEXT ->
              parse(() -> LocalDate.parse(((String) v).trim().substring(0, 10)), v, "a date");
          default -> throw cannot(kind, "a date");
        };
    return new java.sql.Date(DayStarts.millis(d, zone));
  }

  /**
   * The {@code java.sql.Date} of the calendar day {@code epochDay} days after 1970-01-01, as {@link
   * #dateValue} gives it for that day's LocalDate (for callers that hold the day count).
   */
  public static java.sql.Date dateOfDay(long epochDay, Calendar cal) {
    return new java.sql.Date(DayStarts.millis(epochDay, zone(cal)));
  }

  public static java.sql.Time timeValue(Object v, CqlKind kind, Calendar cal) throws SQLException {
    if (v == null) {
      return null;
    }
    ZoneId zone = zone(cal);
    LocalTime t =
        switch (kind) {
          case TIME -> (LocalTime) v;
          case TIMESTAMP -> ((Instant) v).atZone(zone).toLocalTime();
          case ASCII, TEXT -> parse(() -> LocalTime.parse(((String) v).trim()), v, "a time");
          default -> throw cannot(kind, "a time");
        };
    long millis = t.atDate(LocalDate.of(1970, 1, 1)).atZone(zone).toInstant().toEpochMilli();
    return new java.sql.Time(millis);
  }

  public static Timestamp timestampValue(Object v, CqlKind kind, Calendar cal) throws SQLException {
    if (v == null) {
      return null;
    }
    ZoneId zone = zone(cal);
    return switch (kind) {
      case TIMESTAMP -> Timestamp.from((Instant) v);
      case DATE -> new Timestamp(DayStarts.millis((LocalDate) v, zone));
      case TIME -> {
        Timestamp ts =
            Timestamp.from(
                ((LocalTime) v).atDate(LocalDate.of(1970, 1, 1)).atZone(zone).toInstant());
        ts.setNanos(((LocalTime) v).getNano());
        yield ts;
      }
      case ASCII, TEXT ->
          parse(() -> Timestamp.valueOf(((String) v).trim().replace('T', ' ')), v, "a timestamp");
      default -> throw cannot(kind, "a timestamp");
    };
  }

  /** {@code getObject(int, Class)}: java.time types, UUID, the driver's own classes, numbers. */
  @SuppressWarnings("unchecked")
  public static <T> T as(Object v, CqlKind kind, DataType type, Class<T> target)
      throws SQLException {
    if (v == null) {
      return null;
    }
    Object out;
    if (target.isInstance(v) && !(v instanceof ByteBuffer)) {
      out = v;
    } else if (target == String.class) {
      out = string(v, kind, type);
    } else if (target == Long.class) {
      out = longValue(v, kind, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
    } else if (target == Integer.class) {
      out = (int) longValue(v, kind, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
    } else if (target == Short.class) {
      out = (short) longValue(v, kind, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
    } else if (target == Byte.class) {
      out = (byte) longValue(v, kind, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
    } else if (target == Double.class) {
      out = doubleValue(v, kind);
    } else if (target == Float.class) {
      out = floatValue(v, kind);
    } else if (target == BigDecimal.class) {
      out = decimal(v, kind, "DECIMAL");
    } else if (target == BigInteger.class) {
      out = decimal(v, kind, "BigInteger").toBigIntegerExact();
    } else if (target == Boolean.class) {
      out = booleanValue(v, kind);
    } else if (target == byte[].class) {
      out = bytesValue(v, kind, type);
    } else if (target == ByteBuffer.class && v instanceof ByteBuffer b) {
      out = b.duplicate();
    } else if (target == UUID.class && v instanceof String s) {
      out = parse(() -> UUID.fromString(s.trim()), v, "a UUID");
    } else if (target == LocalDate.class) {
      out = dateValue(v, kind, null).toLocalDate();
    } else if (target == LocalTime.class && v instanceof Instant i) {
      out = i.atZone(ZoneId.systemDefault()).toLocalTime();
    } else if (target == LocalDateTime.class) {
      out =
          v instanceof Instant i
              ? LocalDateTime.ofInstant(i, ZoneId.systemDefault())
              : timestampValue(v, kind, null).toLocalDateTime();
    } else if (target == Instant.class) {
      out = timestampValue(v, kind, null).toInstant();
    } else if (target == OffsetDateTime.class) {
      out = timestampValue(v, kind, null).toInstant().atOffset(ZoneOffset.UTC);
    } else if (target == ZonedDateTime.class) {
      out = timestampValue(v, kind, null).toInstant().atZone(ZoneOffset.UTC);
    } else if (target == java.sql.Date.class) {
      out = dateValue(v, kind, null);
    } else if (target == java.sql.Time.class) {
      out = timeValue(v, kind, null);
    } else if (target == Timestamp.class || target == java.util.Date.class) {
      out = timestampValue(v, kind, null);
    } else if (target == java.time.Duration.class
        && v instanceof CqlDuration d
        && d.getMonths() == 0) {
      out = java.time.Duration.ofDays(d.getDays()).plusNanos(d.getNanoseconds());
    } else if (target == InetAddress.class && v instanceof String s) {
      out = parse(() -> InetAddress.getByName(s.trim()), v, "an IP address");
    } else if ((target == Collection.class || target == Map.class || target == Object.class)
        && kind.isJson()) {
      out = v;
    } else if (target == Object.class) {
      out = jdbcObject(v, kind, type);
    } else {
      throw cannot(kind, target.getSimpleName());
    }
    if (!target.isInstance(out)) {
      throw cannot(kind, target.getSimpleName());
    }
    return (T) out;
  }

  private static java.sql.Time sqlTime(LocalTime t) {
    java.sql.Time time = java.sql.Time.valueOf(t);
    time.setTime(time.getTime() + t.getNano() / 1_000_000);
    return time;
  }

  private static byte[] bytes(ByteBuffer b) {
    ByteBuffer d = b.duplicate();
    byte[] out = new byte[d.remaining()];
    d.get(out);
    return out;
  }

  private static ZoneId zone(Calendar cal) {
    return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
  }

  /** A parse step that may fail with any runtime exception. */
  private interface Parse<T> {
    T run() throws Exception;
  }

  private static <T> T parse(Parse<T> p, Object v, String target) throws SQLException {
    try {
      return p.run();
    } catch (Exception e) {
      throw cannot(v, target);
    }
  }

  private static SQLException outOfRange(Object v, String target) {
    String shown = v instanceof BigDecimal d ? d.toString() : String.valueOf(v);
    if (shown.length() > 40) {
      shown = shown.substring(0, 37) + "...";
    }
    return SqlErrors.create(
        SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
        "value " + shown + " is out of the range of " + target);
  }

  private static SQLException cannot(Object v, String target) {
    String shown = String.valueOf(v);
    if (shown.length() > 40) {
      shown = shown.substring(0, 37) + "...";
    }
    return SqlErrors.create(
        SqlState.INVALID_CHARACTER_VALUE_FOR_CAST, "cannot read '" + shown + "' as " + target);
  }

  private static SQLException cannot(CqlKind kind, String target) {
    return SqlErrors.create(
        SqlState.INVALID_CHARACTER_VALUE_FOR_CAST,
        "cannot read a CQL "
            + kind.name().toLowerCase(java.util.Locale.ROOT)
            + " column as "
            + target);
  }
}
