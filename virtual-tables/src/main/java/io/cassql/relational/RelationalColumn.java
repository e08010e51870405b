package io.cassql.relational;

import com.datastax.oss.driver.api.core.type.DataType;

/**
 * One column of a relational table.
 *
 * @param name the column name, as Cassandra spells it
 * @param cqlType the CQL type of its values (for an element column: of the element part)
 * @param type its JDBC type in the model's mode
 * @param keyRole its part in the primary key (a virtual table's key columns keep the base table's
 *     roles)
 * @param part what it reads in a virtual table ({@link ElementPart#COLUMN} for every base-table
 *     column)
 */
public record RelationalColumn(
    String name, DataType cqlType, ColumnType type, KeyRole keyRole, ElementPart part) {

  /** Whether the column may hold NULL: every column except the primary-key columns. */
  public boolean nullable() {
    return !keyRole.isKey();
  }
}
