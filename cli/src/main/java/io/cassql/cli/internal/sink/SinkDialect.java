package io.cassql.cli.internal.sink;

import io.cassql.cli.internal.format.JsonText;
import io.cassql.cli.internal.format.SourceColumn;
import io.cassql.cli.internal.format.ValueText;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Column types for {@code --create} and the value bound for each column, per target database,
 * derived from the source's JDBC types (the driver's type mapping). Decimals stay exact: H2 keeps
 * them as {@code DECFLOAT}/{@code NUMERIC}, SQLite as text.
 */
enum SinkDialect {
  H2,
  SQLITE,
  GENERIC;

  /** The dialect of a database by its product name. */
  static SinkDialect of(String productName) {
    String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (p.equals("h2")) {
      return H2;
    }
    return p.contains("sqlite") ? SQLITE : GENERIC;
  }

  /** The column type in {@code CREATE TABLE} for a source column. */
  String columnType(SourceColumn c) {
    return switch (this) {
      case H2 -> h2Type(c);
      case SQLITE -> sqliteType(c);
      case GENERIC -> genericType(c);
    };
  }

  private static String h2Type(SourceColumn c) {
    return switch (c.jdbcType()) {
      case Types.BIGINT,
          Types.INTEGER,
          Types.SMALLINT,
          Types.TINYINT,
          Types.BOOLEAN,
          Types.REAL,
          Types.DATE ->
          standardName(c.jdbcType());
      case Types.BIT -> "BOOLEAN";
      case Types.DECIMAL, Types.NUMERIC ->
          c.typeName().equalsIgnoreCase("varint")
              ? "NUMERIC(100000)"
              : boundedDecimal(c)
                  ? "NUMERIC(" + c.precision() + ", " + c.scale() + ")"
                  : "DECFLOAT";
      case Types.DOUBLE, Types.FLOAT -> "DOUBLE PRECISION";
      case Types.TIME, Types.TIME_WITH_TIMEZONE -> "TIME(9)";
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          "TIMESTAMP(" + fraction(c) + ") WITH TIME ZONE";
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "VARBINARY";
      default -> c.isUuid() ? "UUID" : "CHARACTER VARYING";
    };
  }

  private static String sqliteType(SourceColumn c) {
    return switch (c.jdbcType()) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "INTEGER";
      case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> "REAL";
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "BLOB";
      default -> "TEXT";
    };
  }

  private static String genericType(SourceColumn c) {
    return switch (c.jdbcType()) {
      case Types.DECIMAL, Types.NUMERIC ->
          boundedDecimal(c)
              ? "DECIMAL(" + c.precision() + ", " + c.scale() + ")"
              : "DECIMAL(38, 10)";
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMP WITH TIME ZONE";
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "BLOB";
      case Types.BIGINT,
          Types.INTEGER,
          Types.SMALLINT,
          Types.BOOLEAN,
          Types.REAL,
          Types.DATE,
          Types.TIME ->
          standardName(c.jdbcType());
      case Types.TINYINT -> "SMALLINT";
      case Types.DOUBLE, Types.FLOAT -> "DOUBLE PRECISION";
      default -> c.json() ? "CLOB" : "VARCHAR(4000)";
    };
  }

  private static String standardName(int type) {
    return switch (type) {
      case Types.BIGINT -> "BIGINT";
      case Types.INTEGER -> "INTEGER";
      case Types.SMALLINT -> "SMALLINT";
      case Types.TINYINT -> "TINYINT";
      case Types.BOOLEAN -> "BOOLEAN";
      case Types.REAL -> "REAL";
      case Types.DATE -> "DATE";
      case Types.TIME -> "TIME";
      default -> throw new IllegalArgumentException("no standard name for type " + type);
    };
  }

  /** A decimal whose precision and scale are real bounds, not "unlimited". */
  private static boolean boundedDecimal(SourceColumn c) {
    return c.precision() > 0
        && c.precision() <= 1000
        && c.scale() >= 0
        && c.scale() <= c.precision();
  }

  private static int fraction(SourceColumn c) {
    return c.scale() > 3 && c.scale() <= 9 ? c.scale() : 3;
  }

  /** The value to bind for {@code v} (non-null) in a column of this source type. */
  Object bindValue(Object v) {
    if (v instanceof JsonText t) {
      return t.text();
    }
    return switch (this) {
      case H2 -> v instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : v;
      case SQLITE ->
          v instanceof Instant
                  || v instanceof LocalDate
                  || v instanceof LocalTime
                  || v instanceof BigDecimal
                  || v instanceof UUID
              ? ValueText.of(v)
              : v;
      case GENERIC ->
          v instanceof Instant i
              ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC)
              : v instanceof UUID ? v.toString() : v;
    };
  }

  /** The type code for {@code setNull} in a column of this source type. */
  int nullType(SourceColumn c) {
    return switch (c.jdbcType()) {
      case Types.OTHER, Types.JAVA_OBJECT, Types.STRUCT, Types.ARRAY -> Types.VARCHAR;
      default -> this == SQLITE ? Types.NULL : c.jdbcType();
    };
  }
}
