package io.cassql.relational;

/**
 * The type of a column as JDBC describes it in one mode, exactly as a result set of that mode
 * reports the column: {@code DatabaseMetaData.getColumns} and {@code ResultSetMetaData} both read
 * it.
 *
 * @param jdbcType the {@code java.sql.Types} code (see {@link JdbcTypeCode})
 * @param typeName the type name ({@code VARCHAR}, {@code DECIMAL} in SQL mode; {@code text}, {@code
 *     list<int>} in CQL mode)
 * @param precision digits of a number, fractional-second digits of a SQL-mode time or timestamp,
 *     characters of text ({@link Integer#MAX_VALUE} when unbounded), 0 when not applicable
 * @param scale fractional digits, 0 when not applicable
 * @param numeric whether values are numbers (radix 10)
 * @param sqlValueType in SQL mode, the SQL type the engine computes with (a uuid is reported as
 *     {@code OTHER}/{@code UUID} but compared and cast as {@code VARCHAR}); null in CQL mode
 */
public record ColumnType(
    int jdbcType, String typeName, int precision, int scale, boolean numeric, String sqlValueType) {

  /** Whether the type has no bound on its length (unbounded text or bytes). */
  public boolean unbounded() {
    return precision == Integer.MAX_VALUE;
  }
}
