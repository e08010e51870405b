package io.cassql.relational;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.schema.types.CqlKind;

/**
 * The JDBC type of a CQL type in each mode. CQL mode reports Cassandra's own type names with the
 * JDBC types of {@link CqlKind}. SQL mode reports the standard types the SQL engine computes with,
 * with the precision and scale its type system gives them; a uuid read unchanged is {@code UUID}
 * ({@code Types.OTHER}, a {@code java.util.UUID}) as in CQL mode.
 */
public final class ColumnTypes {
  private ColumnTypes() {}

  /** Digits of a SQL-mode decimal: the SQL type system's largest DECIMAL precision. */
  public static final int SQL_DECIMAL_PRECISION = 19;

  /** Fractional digits of a SQL-mode decimal: half the type system's largest scale. */
  public static final int SQL_DECIMAL_SCALE = 9;

  /** Fractional-second digits of SQL-mode times and timestamps (milliseconds). */
  public static final int SQL_FRACTIONAL_SECONDS = 3;

  /** The type of a column of CQL type {@code type} in {@code mode}. */
  public static ColumnType of(DataType type, QueryMode mode) {
    return mode == QueryMode.SQL ? sql(type) : cql(type);
  }

  /** The type CQL mode's result sets report. */
  public static ColumnType cql(DataType type) {
    CqlKind kind = CqlKind.of(type);
    return new ColumnType(
        kind.jdbcType(),
        CqlKind.typeName(type),
        kind.precision(),
        kind.scale(),
        kind.isNumeric(),
        null);
  }

  /** The type SQL mode's result sets report. */
  public static ColumnType sql(DataType type) {
    return switch (CqlKind.of(type)) {
      case BIGINT, COUNTER -> exact(JdbcTypeCode.BIGINT, "BIGINT", 19, 0);
      case INT -> exact(JdbcTypeCode.INTEGER, "INTEGER", 10, 0);
      case SMALLINT -> exact(JdbcTypeCode.SMALLINT, "SMALLINT", 5, 0);
      case TINYINT -> exact(JdbcTypeCode.TINYINT, "TINYINT", 3, 0);
      case DECIMAL ->
          exact(JdbcTypeCode.DECIMAL, "DECIMAL", SQL_DECIMAL_PRECISION, SQL_DECIMAL_SCALE);
      case VARINT -> exact(JdbcTypeCode.DECIMAL, "DECIMAL", SQL_DECIMAL_PRECISION, 0);
      case DOUBLE -> exact(JdbcTypeCode.DOUBLE, "DOUBLE", 15, 0);
      case FLOAT -> exact(JdbcTypeCode.REAL, "REAL", 7, 0);
      case BOOLEAN -> plain(JdbcTypeCode.BOOLEAN, "BOOLEAN", 1);
      case DATE -> plain(JdbcTypeCode.DATE, "DATE", 0);
      case TIME -> plain(JdbcTypeCode.TIME, "TIME", SQL_FRACTIONAL_SECONDS);
      case TIMESTAMP -> plain(JdbcTypeCode.TIMESTAMP, "TIMESTAMP", SQL_FRACTIONAL_SECONDS);
      case BLOB, CUSTOM -> plain(JdbcTypeCode.VARBINARY, "VARBINARY", Integer.MAX_VALUE);
      case UUID, TIMEUUID -> new ColumnType(JdbcTypeCode.OTHER, "UUID", 36, 0, false, "VARCHAR");
      default -> plain(JdbcTypeCode.VARCHAR, "VARCHAR", Integer.MAX_VALUE);
    };
  }

  private static ColumnType exact(int jdbcType, String name, int precision, int scale) {
    return new ColumnType(jdbcType, name, precision, scale, true, name);
  }

  private static ColumnType plain(int jdbcType, String name, int precision) {
    return new ColumnType(jdbcType, name, precision, 0, false, name);
  }
}
