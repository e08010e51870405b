package io.cassql.schema.types;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import java.sql.Types;

/**
 * Every CQL type family, with the JDBC type, type name and Java class the driver reports for it.
 */
public enum CqlKind {
  ASCII(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  TEXT(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  INET(Types.VARCHAR, String.class, 39, 0),
  BIGINT(Types.BIGINT, Long.class, 19, 0),
  COUNTER(Types.BIGINT, Long.class, 19, 0),
  BLOB(Types.VARBINARY, byte[].class, Integer.MAX_VALUE, 0),
  BOOLEAN(Types.BOOLEAN, Boolean.class, 1, 0),
  DATE(Types.DATE, java.sql.Date.class, 10, 0),
  DECIMAL(Types.DECIMAL, java.math.BigDecimal.class, Integer.MAX_VALUE, 0),
  DOUBLE(Types.DOUBLE, Double.class, 15, 0),
  FLOAT(Types.REAL, Float.class, 7, 0),
  INT(Types.INTEGER, Integer.class, 10, 0),
  SMALLINT(Types.SMALLINT, Short.class, 5, 0),
  TINYINT(Types.TINYINT, Byte.class, 3, 0),
  TIMESTAMP(Types.TIMESTAMP, java.sql.Timestamp.class, 23, 3),
  UUID(Types.OTHER, java.util.UUID.class, 36, 0),
  TIMEUUID(Types.OTHER, java.util.UUID.class, 36, 0),
  VARINT(Types.DECIMAL, java.math.BigDecimal.class, Integer.MAX_VALUE, 0),
  TIME(Types.TIME, java.sql.Time.class, 18, 9),
  DURATION(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  LIST(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  SET(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  MAP(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  TUPLE(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  UDT(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  VECTOR(Types.VARCHAR, String.class, Integer.MAX_VALUE, 0),
  /** A custom type: its bytes are exposed as a blob. */
  CUSTOM(Types.VARBINARY, byte[].class, Integer.MAX_VALUE, 0);

  private final int jdbcType;
  private final Class<?> javaClass;
  private final int precision;
  private final int scale;

  CqlKind(int jdbcType, Class<?> javaClass, int precision, int scale) {
    this.jdbcType = jdbcType;
    this.javaClass = javaClass;
    this.precision = precision;
    this.scale = scale;
  }

  /** The {@link java.sql.Types} constant. */
  public int jdbcType() {
    return jdbcType;
  }

  /** The class {@code ResultSet.getObject(int)} returns. */
  public Class<?> javaClass() {
    return javaClass;
  }

  /** Column precision (characters for text, digits for numbers). */
  public int precision() {
    return precision;
  }

  /** Fractional digits (milliseconds for timestamp, nanoseconds for time). */
  public int scale() {
    return scale;
  }

  /** Whether values come back as JSON text. */
  public boolean isJson() {
    return this == LIST
        || this == SET
        || this == MAP
        || this == TUPLE
        || this == UDT
        || this == VECTOR;
  }

  /** Whether values are numbers. */
  public boolean isNumeric() {
    return switch (this) {
      case BIGINT, COUNTER, DECIMAL, DOUBLE, FLOAT, INT, SMALLINT, TINYINT, VARINT -> true;
      default -> false;
    };
  }

  /** The kind of a CQL type. */
  public static CqlKind of(DataType type) {
    if (type instanceof ListType) {
      return LIST;
    }
    if (type instanceof SetType) {
      return SET;
    }
    if (type instanceof MapType) {
      return MAP;
    }
    if (type instanceof TupleType) {
      return TUPLE;
    }
    if (type instanceof UserDefinedType) {
      return UDT;
    }
    if (type instanceof VectorType) {
      return VECTOR;
    }
    return switch (type.getProtocolCode()) {
      case ProtocolConstants.DataType.ASCII -> ASCII;
      case ProtocolConstants.DataType.VARCHAR -> TEXT;
      case ProtocolConstants.DataType.INET -> INET;
      case ProtocolConstants.DataType.BIGINT -> BIGINT;
      case ProtocolConstants.DataType.COUNTER -> COUNTER;
      case ProtocolConstants.DataType.BLOB -> BLOB;
      case ProtocolConstants.DataType.BOOLEAN -> BOOLEAN;
      case ProtocolConstants.DataType.DATE -> DATE;
      case ProtocolConstants.DataType.DECIMAL -> DECIMAL;
      case ProtocolConstants.DataType.DOUBLE -> DOUBLE;
      case ProtocolConstants.DataType.FLOAT -> FLOAT;
      case ProtocolConstants.DataType.INT -> INT;
      case ProtocolConstants.DataType.SMALLINT -> SMALLINT;
      case ProtocolConstants.DataType.TINYINT -> TINYINT;
      case ProtocolConstants.DataType.TIMESTAMP -> TIMESTAMP;
      case ProtocolConstants.DataType.UUID -> UUID;
      case ProtocolConstants.DataType.TIMEUUID -> TIMEUUID;
      case ProtocolConstants.DataType.VARINT -> VARINT;
      case ProtocolConstants.DataType.TIME -> TIME;
      case ProtocolConstants.DataType.DURATION -> DURATION;
      default -> CUSTOM;
    };
  }

  /** The type name as Cassandra spells it, e.g. {@code list<text>}. */
  public static String typeName(DataType type) {
    if (type instanceof UserDefinedType udt) {
      String name = udt.getName().asCql(true);
      return udt.isFrozen() ? "frozen<" + name + ">" : name;
    }
    return type.asCql(true, true);
  }
}
