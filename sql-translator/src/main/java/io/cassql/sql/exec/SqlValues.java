package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.cassql.schema.types.CqlKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The edge between Calcite's run-time values (days for DATE, milliseconds of the day for TIME,
 * milliseconds since the epoch, as UTC wall-clock time, for TIMESTAMP, ByteString for binary) and
 * the values the driver's value layer works with, which are the Cassandra driver's (LocalDate,
 * LocalTime, Instant, ByteBuffer, UUID, ...). No time zone is involved on either side.
 */
public final class SqlValues {
  private SqlValues() {}

  /** The value kind of a Calcite type; null for types bound and read as they are (ANY, OTHER). */
  public static CqlKind kindOf(SqlTypeName type) {
    return switch (type) {
      case BOOLEAN -> CqlKind.BOOLEAN;
      case TINYINT -> CqlKind.TINYINT;
      case SMALLINT -> CqlKind.SMALLINT;
      case INTEGER -> CqlKind.INT;
      case BIGINT -> CqlKind.BIGINT;
      case DECIMAL -> CqlKind.DECIMAL;
      case FLOAT, DOUBLE -> CqlKind.DOUBLE;
      case REAL -> CqlKind.FLOAT;
      case CHAR, VARCHAR, NULL -> CqlKind.TEXT;
      case BINARY, VARBINARY -> CqlKind.BLOB;
      case DATE -> CqlKind.DATE;
      case TIME -> CqlKind.TIME;
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> CqlKind.TIMESTAMP;
      case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH -> CqlKind.INT;
      case INTERVAL_DAY,
          INTERVAL_DAY_HOUR,
          INTERVAL_DAY_MINUTE,
          INTERVAL_DAY_SECOND,
          INTERVAL_HOUR,
          INTERVAL_HOUR_MINUTE,
          INTERVAL_HOUR_SECOND,
          INTERVAL_MINUTE,
          INTERVAL_MINUTE_SECOND,
          INTERVAL_SECOND ->
          CqlKind.BIGINT;
      default -> null;
    };
  }

  /** The CQL type whose conversions bind a value of {@code kind} (the value layer's target). */
  public static DataType cqlType(CqlKind kind) {
    return switch (kind) {
      case BOOLEAN -> DataTypes.BOOLEAN;
      case TINYINT -> DataTypes.TINYINT;
      case SMALLINT -> DataTypes.SMALLINT;
      case INT -> DataTypes.INT;
      case BIGINT, COUNTER -> DataTypes.BIGINT;
      case DECIMAL -> DataTypes.DECIMAL;
      case VARINT -> DataTypes.VARINT;
      case DOUBLE -> DataTypes.DOUBLE;
      case FLOAT -> DataTypes.FLOAT;
      case BLOB, CUSTOM -> DataTypes.BLOB;
      case DATE -> DataTypes.DATE;
      case TIME -> DataTypes.TIME;
      case TIMESTAMP -> DataTypes.TIMESTAMP;
      case UUID -> DataTypes.UUID;
      case TIMEUUID -> DataTypes.TIMEUUID;
      default -> DataTypes.TEXT;
    };
  }

  /** A value in the driver's form as Calcite's generated code expects it for {@code kind}. */
  public static Object toInternal(Object v, CqlKind kind) {
    if (v == null || kind == null) {
      return v;
    }
    return switch (kind) {
      case DATE -> v instanceof LocalDate d ? (Object) (int) d.toEpochDay() : v;
      case TIME -> v instanceof LocalTime t ? (Object) (int) (t.toNanoOfDay() / 1_000_000) : v;
      case TIMESTAMP -> v instanceof Instant i ? (Object) i.toEpochMilli() : v;
      case BLOB, CUSTOM -> v instanceof ByteBuffer b ? new ByteString(bytes(b)) : v;
      case VARINT -> v instanceof BigInteger b ? new BigDecimal(b) : v;
      case TEXT, ASCII, UUID, TIMEUUID, INET -> v instanceof String ? v : String.valueOf(v);
      default -> v;
    };
  }

  /** A value of Calcite's generated code in the driver's form for {@code kind}. */
  public static Object toDriver(Object v, CqlKind kind) {
    if (v == null || kind == null) {
      return v;
    }
    return switch (kind) {
      case DATE -> v instanceof Number n ? LocalDate.ofEpochDay(n.longValue()) : v;
      case TIME ->
          v instanceof Number n
              ? LocalTime.ofNanoOfDay(Math.floorMod(n.longValue(), 86_400_000L) * 1_000_000L)
              : v;
      case TIMESTAMP -> v instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : v;
      case BLOB, CUSTOM -> v instanceof ByteString b ? ByteBuffer.wrap(b.getBytes()) : v;
      case UUID, TIMEUUID -> v instanceof String s ? uuidOrText(s) : v;
      case TEXT, ASCII, INET -> v instanceof String ? v : String.valueOf(v);
      default -> v;
    };
  }

  private static byte[] bytes(ByteBuffer b) {
    ByteBuffer d = b.duplicate();
    byte[] out = new byte[d.remaining()];
    d.get(out);
    return out;
  }

  /**
   * The UUID a text spells, or the text itself (for the value layer to report) when it spells none.
   */
  private static Object uuidOrText(String s) {
    try {
      return java.util.UUID.fromString(s.trim());
    } catch (IllegalArgumentException notAUuid) {
      return s;
    }
  }
}
