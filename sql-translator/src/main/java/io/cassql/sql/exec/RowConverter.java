package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.schema.types.CqlJson;
import io.cassql.schema.types.CqlKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.calcite.avatica.util.ByteString;

/** Reads driver rows into Calcite's run-time values (days for DATE, epoch millis for TIMESTAMP, ...). */
final class RowConverter {
  private final CqlKind[] kinds;
  private final DataType[] types;
  private final boolean[] raw;

  RowConverter(DataType[] types) {
    this(types, null);
  }

  /** A converter that leaves the columns flagged in {@code raw} as the driver's values and always gives arrays. */
  RowConverter(DataType[] types, boolean[] raw) {
    this.types = types;
    this.raw = raw;
    this.kinds = new CqlKind[types.length];
    for (int i = 0; i < types.length; i++) {
      kinds[i] = CqlKind.of(types[i]);
    }
  }

  /** Column {@code i} of {@code row} as Calcite expects it. */
  Object value(Row row, int i) {
    if (row.isNull(i)) {
      return null;
    }
    if (raw != null && raw[i]) {
      return row.getObject(i);
    }
    return switch (kinds[i]) {
      case INT -> row.getInt(i);
      case BIGINT, COUNTER -> row.getLong(i);
      case TEXT, ASCII -> row.getString(i);
      case DOUBLE -> row.getDouble(i);
      case FLOAT -> row.getFloat(i);
      case BOOLEAN -> row.getBoolean(i);
      case SMALLINT -> row.getShort(i);
      case TINYINT -> row.getByte(i);
      case DECIMAL -> row.getBigDecimal(i);
      default -> internal(row.getObject(i), kinds[i], types[i]);
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

  /** The whole row, or the single value when there is one column (Calcite's scalar row format) and no raw column flags. */
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
}
