package io.cassql.schema.types;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Converts values a JDBC caller binds (Java numbers, strings, java.sql and java.time values,
 * collections or their JSON text) into the Java values the Cassandra driver's codecs expect.
 *
 * <p>A number keeps its value or the conversion fails with a {@link ValueConversionException} whose
 * {@link ValueConversionException#outOfRange()} is true (22003 to a JDBC caller):
 *
 * <ul>
 *   <li>A Java {@code float} or {@code double} denotes the number of its shortest decimal text
 *       ({@code 0.1d} is 0.1); text is read as an exact decimal.
 *   <li>To an integer type ({@code tinyint} ... {@code bigint}, {@code varint}): the number must be
 *       whole and in the type's range (1.5 or 2^31 to {@code int} fail).
 *   <li>To {@code decimal}: always exact.
 *   <li>To {@code double} or {@code float}: the nearest binary value is accepted when it is finite
 *       and denotes the same number, exactly or read back at the source's significant digits (see
 *       {@link FloatingValues}): 0.1 to {@code float} is fine, 0.123456789 to {@code float}, 2^53+1
 *       to {@code double}, 1e300 or 1e-50 to {@code float} fail; NaN and the infinities given as
 *       such stay what they are.
 *   <li>To {@code boolean}: 0 is false, 1 is true, any other number fails; the texts {@code true},
 *       {@code false} (any case), {@code 1} and {@code 0}.
 * </ul>
 *
 * Any other value that does not fit is a {@link ValueConversionException} naming the target type,
 * with {@code outOfRange()} false (22018 or, for dates and times, 22007).
 */
public final class DriverValues {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DriverValues() {}

  /** The driver value of {@code value} for a column of CQL type {@code type}. */
  public static Object convert(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    CqlKind kind = CqlKind.of(type);
    try {
      if (kind.isJson()) {
        return container(value, type);
      }
      return scalar(value, kind);
    } catch (FloatingValues.NotRepresentable e) {
      throw new ValueConversionException(
          describe(value)
              + " has no exact value of CQL type "
              + type.asCql(true, true)
              + ": "
              + e.getMessage(),
          true);
    } catch (ArithmeticException e) {
      throw new ValueConversionException(
          describe(value) + " is out of the range of CQL type " + type.asCql(true, true), true);
    } catch (ValueConversionException e) {
      throw e;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw mismatch(value, type, e instanceof NumberFormatException ? null : e.getMessage());
    }
  }

  private static Object scalar(Object v, CqlKind kind) {
    return switch (kind) {
      case ASCII, TEXT ->
          v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : text(v);
      case INET -> v instanceof InetAddress ? v : inet(text(v));
      case BIGINT, COUNTER -> exact(v).longValueExact();
      case INT -> exact(v).intValueExact();
      case SMALLINT -> exact(v).shortValueExact();
      case TINYINT -> exact(v).byteValueExact();
      case VARINT -> v instanceof BigInteger b ? b : exact(v).toBigIntegerExact();
      case DECIMAL -> exact(v);
      case DOUBLE -> FloatingValues.toDouble(v, () -> exact(v));
      case FLOAT -> FloatingValues.toFloat(v, () -> exact(v));
      case BOOLEAN -> bool(v);
      case BLOB, CUSTOM -> blob(v);
      case UUID, TIMEUUID -> v instanceof UUID u ? u : UUID.fromString(text(v).trim());
      case DATE -> date(v);
      case TIME -> time(v);
      case TIMESTAMP -> instant(v);
      case DURATION -> v instanceof CqlDuration d ? d : IsoDuration.parse(text(v));
      default -> throw new IllegalStateException("not a scalar: " + kind);
    };
  }

  private static String text(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Number
        || v instanceof Boolean
        || v instanceof UUID
        || v instanceof Character
        || v instanceof java.time.temporal.TemporalAccessor
        || v instanceof java.util.Date) {
      return v.toString();
    }
    throw new IllegalArgumentException("cannot use a " + v.getClass().getSimpleName() + " as text");
  }

  /** An exact decimal of a number or numeric text (floating values via their shortest text). */
  private static BigDecimal exact(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw new NumberFormatException(d + " is not a finite number");
      }
      return new BigDecimal(v.toString());
    }
    if (v instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v instanceof String s) {
      return new BigDecimal(s.trim());
    }
    throw new IllegalArgumentException(
        "cannot use a " + v.getClass().getSimpleName() + " as a number");
  }

  /** 0 is false, 1 is true, other numbers are out of range; text as {@link #convert} says. */
  private static boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number) {
      BigDecimal n = exact(v);
      if (n.signum() == 0) {
        return false;
      }
      if (n.compareTo(BigDecimal.ONE) == 0) {
        return true;
      }
      throw new ArithmeticException(n + " is neither 0 nor 1");
    }
    String s = text(v).trim();
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return true;
    }
    if (s.equalsIgnoreCase("false") || s.equals("0")) {
      return false;
    }
    throw new IllegalArgumentException("'" + s + "' is not a boolean");
  }

  private static ByteBuffer blob(Object v) {
    if (v instanceof byte[] b) {
      return ByteBuffer.wrap(b);
    }
    if (v instanceof ByteBuffer b) {
      return b;
    }
    String s = text(v).trim();
    if (s.startsWith("0x") || s.startsWith("0X")) {
      return ByteBuffer.wrap(HexFormat.of().parseHex(s.substring(2)));
    }
    throw new IllegalArgumentException("a blob is given as bytes or as 0x-prefixed hex text");
  }

  private static InetAddress inet(String s) {
    try {
      return InetAddress.getByName(s.trim());
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + s + "' is not an IP address");
    }
  }

  private static LocalDate date(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (v instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    return LocalDate.parse(text(v).trim());
  }

  private static LocalTime time(Object v) {
    if (v instanceof LocalTime t) {
      return t;
    }
    if (v instanceof java.sql.Time t) {
      return t.toLocalTime().withNano((int) Math.floorMod(t.getTime(), 1000L) * 1_000_000);
    }
    if (v instanceof Long nanos) {
      return LocalTime.ofNanoOfDay(nanos);
    }
    return LocalTime.parse(text(v).trim());
  }

  private static Instant instant(Object v) {
    if (v instanceof Instant i) {
      return i;
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant();
    }
    if (v instanceof LocalDateTime t) {
      return t.atZone(ZoneId.systemDefault()).toInstant();
    }
    if (v instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (v instanceof ZonedDateTime t) {
      return t.toInstant();
    }
    if (v instanceof LocalDate d) {
      return d.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
    if (v instanceof Long millis) {
      return Instant.ofEpochMilli(millis);
    }
    String s = text(v).trim();
    if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      return OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
    }
    return java.sql.Timestamp.valueOf(s.replace('T', ' ')).toInstant();
  }

  private static Object container(Object v, DataType type) {
    if (v instanceof String s) {
      try {
        return fromJson(JSON.readTree(s), type);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw mismatch(v, type, "not valid JSON: " + e.getOriginalMessage());
      }
    }
    if (type instanceof ListType t && v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      c.forEach(e -> out.add(convert(e, t.getElementType())));
      return out;
    }
    if (type instanceof SetType t && v instanceof Collection<?> c) {
      Set<Object> out = new LinkedHashSet<>();
      c.forEach(e -> out.add(convert(e, t.getElementType())));
      return out;
    }
    if (type instanceof MapType t && v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, e) -> out.put(convert(k, t.getKeyType()), convert(e, t.getValueType())));
      return out;
    }
    if (v instanceof TupleValue || v instanceof UdtValue || v instanceof CqlVector) {
      return v;
    }
    throw mismatch(v, type, "give a collection or its JSON text");
  }

  private static Object fromJson(JsonNode node, DataType type) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (type instanceof ListType t) {
      List<Object> out = new ArrayList<>();
      array(node, type).forEach(e -> out.add(fromJson(e, t.getElementType())));
      return out;
    }
    if (type instanceof SetType t) {
      Set<Object> out = new LinkedHashSet<>();
      array(node, type).forEach(e -> out.add(fromJson(e, t.getElementType())));
      return out;
    }
    if (type instanceof VectorType t) {
      List<Object> out = new ArrayList<>();
      array(node, type).forEach(e -> out.add(fromJson(e, t.getElementType())));
      @SuppressWarnings({"unchecked", "rawtypes"})
      CqlVector<?> vector = CqlVector.newInstance((List) out);
      return vector;
    }
    if (type instanceof MapType t) {
      Map<Object, Object> out = new LinkedHashMap<>();
      object(node, type)
          .forEachRemaining(
              e ->
                  out.put(
                      convert(e.getKey(), t.getKeyType()),
                      fromJson(e.getValue(), t.getValueType())));
      return out;
    }
    if (type instanceof TupleType t) {
      TupleValue tuple = t.newValue();
      List<JsonNode> items = new ArrayList<>();
      array(node, type).forEach(items::add);
      for (int i = 0; i < items.size() && i < t.getComponentTypes().size(); i++) {
        DataType component = t.getComponentTypes().get(i);
        tuple =
            tuple.set(
                i, fromJson(items.get(i), component), tuple.codecRegistry().codecFor(component));
      }
      return tuple;
    }
    if (type instanceof UserDefinedType t) {
      UdtValue udt = t.newValue();
      for (int i = 0; i < t.getFieldNames().size(); i++) {
        JsonNode field = node.get(t.getFieldNames().get(i).asInternal());
        DataType fieldType = t.getFieldTypes().get(i);
        udt = udt.set(i, fromJson(field, fieldType), udt.codecRegistry().codecFor(fieldType));
      }
      return udt;
    }
    Object scalar =
        node.isNumber()
            ? node.decimalValue()
            : node.isBoolean() ? node.booleanValue() : node.asText();
    return convert(scalar, type);
  }

  private static Iterable<JsonNode> array(JsonNode node, DataType type) {
    if (!node.isArray()) {
      throw mismatch(node.toString(), type, "expected a JSON array");
    }
    return node;
  }

  private static Iterator<Map.Entry<String, JsonNode>> object(JsonNode node, DataType type) {
    if (!node.isObject()) {
      throw mismatch(node.toString(), type, "expected a JSON object");
    }
    return node.fields();
  }

  private static ValueConversionException mismatch(Object value, DataType type, String why) {
    return new ValueConversionException(
        "cannot convert "
            + describe(value)
            + " to CQL type "
            + type.asCql(true, true)
            + (why == null ? "" : ": " + why),
        false);
  }

  private static String describe(Object value) {
    String shown = String.valueOf(value);
    if (shown.length() > 60) {
      shown = shown.substring(0, 57) + "...";
    }
    return "'" + shown + "'";
  }
}
