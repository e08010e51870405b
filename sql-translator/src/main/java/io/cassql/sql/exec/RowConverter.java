package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import io.cassql.schema.types.CqlJson;
import io.cassql.schema.types.CqlKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.calcite.avatica.util.ByteString;

/**
 * Reads driver rows into Calcite's run-time values (days for DATE, epoch millis for TIMESTAMP,
 * ...). Each column's codec is resolved once per scan, not per cell, and decodes the cell's bytes
 * directly; a {@code date} goes from its wire form to days without a LocalDate in between, and the
 * commonest cells take the {@link CellDecoders} short cuts.
 */
final class RowConverter {
  /** A CQL date on the wire: an unsigned count of days whose middle (2^31) is the epoch. */
  private static final long DATE_EPOCH = 1L << 31;

  private final CqlKind[] kinds;
  private final DataType[] types;
  private final boolean[] raw;
  private final TypeCodec<Object>[] codecs;
  private final ProtocolVersion protocol;

  RowConverter(DataType[] types, CodecRegistry registry, ProtocolVersion protocol) {
    this(types, null, registry, protocol);
  }

  /**
   * A converter that leaves the columns flagged in {@code raw} as the driver's values and always
   * gives arrays.
   */
  @SuppressWarnings("unchecked")
  RowConverter(DataType[] types, boolean[] raw, CodecRegistry registry, ProtocolVersion protocol) {
    this.types = types;
    this.raw = raw;
    this.protocol = protocol;
    this.kinds = new CqlKind[types.length];
    this.codecs = (TypeCodec<Object>[]) new TypeCodec<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      kinds[i] = CqlKind.of(types[i]);
      codecs[i] = codec(registry, types[i]);
    }
  }

  /**
   * The default codec of a CQL type, or null when the registry has none (then the row decodes the
   * cell).
   */
  @SuppressWarnings("unchecked")
  private static TypeCodec<Object> codec(CodecRegistry registry, DataType type) {
    try {
      return (TypeCodec<Object>) (TypeCodec<?>) registry.codecFor(type);
    } catch (RuntimeException noCodec) {
      return null;
    }
  }

  /** Column {@code i} of {@code row} as Calcite expects it. */
  Object value(Row row, int i) {
    return value(row, i, i);
  }

  /** Column {@code i} of the select, found at {@code at} in {@code row}, as Calcite expects it. */
  private Object value(Row row, int i, int at) {
    ByteBuffer bytes = row.getBytesUnsafe(at);
    if (bytes == null) {
      return null;
    }
    Object fast =
        switch (kinds[i]) {
          case DATE ->
              (raw == null || !raw[i]) && bytes.remaining() == 4
                  ? CellDecoders.day(
                      (int) ((bytes.getInt(bytes.position()) & 0xFFFFFFFFL) - DATE_EPOCH))
                  : null;
          case DECIMAL -> CellDecoders.decimal(bytes);
          case TEXT -> CellDecoders.text(bytes, StandardCharsets.UTF_8);
          case ASCII -> CellDecoders.text(bytes, StandardCharsets.US_ASCII);
          default -> null;
        };
    if (fast != null) {
      return fast;
    }
    Object decoded = codecs[i] == null ? row.getObject(at) : codecs[i].decode(bytes, protocol);
    if (raw != null && raw[i]) {
      return decoded;
    }
    return switch (kinds[i]) {
      case INT, BIGINT, COUNTER, TEXT, ASCII, DOUBLE, FLOAT, BOOLEAN, SMALLINT, TINYINT, DECIMAL ->
          decoded;
      default -> internal(decoded, kinds[i], types[i]);
    };
  }

  /** A decoded driver value (a collection element, say) as Calcite expects it. */
  static Object internal(Object v, CqlKind kind, DataType type) {
    if (v == null) {
      return null;
    }
    return switch (kind) {
      case VARINT -> new BigDecimal((BigInteger) v);
      case DATE -> (int) ((LocalDate) v).toEpochDay();
      case TIME -> (int) (((LocalTime) v).toNanoOfDay() / 1_000_000);
      case TIMESTAMP -> ((Instant) v).toEpochMilli();
      case BLOB, CUSTOM -> {
        ByteBuffer b = ((ByteBuffer) v).duplicate();
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        yield new ByteString(bytes);
      }
      case LIST, SET, MAP, TUPLE, UDT, VECTOR -> CqlJson.write(v, type);
      case INET, DURATION, UUID, TIMEUUID -> CqlJson.scalarText(v, kind);
      default -> v;
    };
  }

  /**
   * The whole row, or the single value when there is one column (Calcite's scalar row format) and
   * no raw column flags.
   */
  Object row(Row row) {
    if (kinds.length == 1 && raw == null) {
      return value(row, 0);
    }
    Object[] out = new Object[kinds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = value(row, i);
    }
    return out;
  }

  /**
   * As {@link #row(Row)} for rows whose columns are in another order (a {@code SELECT *}): column
   * {@code i} of the select is at {@code positions[i]} (from {@link #positions}).
   */
  Object row(Row row, int[] positions) {
    if (kinds.length == 1 && raw == null) {
      return value(row, 0, positions[0]);
    }
    Object[] out = new Object[kinds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = value(row, i, positions[i]);
    }
    return out;
  }

  /**
   * Where each column of the select ({@code names}, internal) is among {@code columns}, found by
   * name; a column that is not there fails the read (it was dropped while the query ran).
   */
  static int[] positions(List<String> names, ColumnDefinitions columns) {
    int[] at = new int[names.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = columns.firstIndexOf(CqlIdentifier.fromInternal(names.get(i)));
      if (at[i] < 0) {
        throw new IllegalStateException(
            "column " + names.get(i) + " is no longer in the table's rows (dropped meanwhile?)");
      }
    }
    return at;
  }
}
