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
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Writes CQL values as JSON text: lists, sets, tuples and vectors as arrays, maps and UDTs as
 * objects, numbers and booleans bare, everything else quoted, blobs as {@code "0x…"} hex.
 */
public final class CqlJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CqlJson() {}

  /** JSON text of a driver value of the given type; null stays null. */
  public static String write(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeValue(g, value, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator g, Object value, DataType type) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    if (type instanceof ListType list) {
      writeArray(g, (Iterable<?>) value, list.getElementType());
    } else if (type instanceof SetType set) {
      writeArray(g, (Iterable<?>) value, set.getElementType());
    } else if (type instanceof VectorType vector) {
      writeArray(g, (CqlVector<?>) value, vector.getElementType());
    } else if (type instanceof MapType map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName(keyText(e.getKey(), map.getKeyType()));
        writeValue(g, e.getValue(), map.getValueType());
      }
      g.writeEndObject();
    } else if (type instanceof TupleType tuple) {
      TupleValue t = (TupleValue) value;
      g.writeStartArray();
      for (int i = 0; i < tuple.getComponentTypes().size(); i++) {
        DataType component = tuple.getComponentTypes().get(i);
        writeValue(g, t.isNull(i) ? null : t.getObject(i), component);
      }
      g.writeEndArray();
    } else if (type instanceof UserDefinedType udt) {
      UdtValue u = (UdtValue) value;
      g.writeStartObject();
      for (int i = 0; i < udt.getFieldNames().size(); i++) {
        g.writeFieldName(udt.getFieldNames().get(i).asInternal());
        writeValue(g, u.isNull(i) ? null : u.getObject(i), udt.getFieldTypes().get(i));
      }
      g.writeEndObject();
    } else {
      writeScalar(g, value, CqlKind.of(type));
    }
  }

  private static void writeArray(JsonGenerator g, Iterable<?> values, DataType element)
      throws IOException {
    g.writeStartArray();
    for (Object v : values) {
      writeValue(g, v, element);
    }
    g.writeEndArray();
  }

  private static void writeScalar(JsonGenerator g, Object v, CqlKind kind) throws IOException {
    switch (kind) {
      case BOOLEAN -> g.writeBoolean((Boolean) v);
      case INT, SMALLINT, TINYINT, BIGINT, COUNTER -> g.writeNumber(((Number) v).longValue());
      case VARINT -> g.writeNumber((BigInteger) v);
      case DECIMAL -> g.writeNumber((BigDecimal) v);
      case DOUBLE, FLOAT -> {
        double d = ((Number) v).doubleValue();
        if (Double.isFinite(d)) {
          if (kind == CqlKind.FLOAT) {
            g.writeNumber((Float) v);
          } else {
            g.writeNumber(d);
          }
        } else {
          g.writeString(v.toString());
        }
      }
      default -> g.writeString(scalarText(v, kind));
    }
  }

  /** Text of a scalar driver value: canonical UUIDs, ISO dates, {@code 0x} hex blobs. */
  public static String scalarText(Object v, CqlKind kind) {
    return switch (kind) {
      case BLOB, CUSTOM -> hex((ByteBuffer) v);
      case INET -> ((InetAddress) v).getHostAddress();
      case DURATION -> IsoDuration.format((CqlDuration) v);
      case DECIMAL -> ((BigDecimal) v).toPlainString();
      default -> v.toString();
    };
  }

  private static String keyText(Object key, DataType keyType) {
    CqlKind kind = CqlKind.of(keyType);
    if (kind.isJson()) {
      return write(key, keyType);
    }
    return scalarText(key, kind);
  }

  /** {@code 0x}-prefixed lower-case hex of a buffer's remaining bytes. */
  public static String hex(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    StringBuilder sb = new StringBuilder(2 + b.remaining() * 2).append("0x");
    while (b.hasRemaining()) {
      int x = b.get() & 0xff;
      sb.append(Character.forDigit(x >> 4, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return sb.toString();
  }
}
