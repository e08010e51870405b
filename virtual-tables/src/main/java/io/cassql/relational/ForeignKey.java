package io.cassql.relational;

import java.util.List;

/**
 * A virtual table's foreign key to its base table: its primary-key columns reference the base
 * table's primary key, column for column.
 *
 * @param baseTable the referenced base table (same keyspace)
 * @param columns the referencing (and referenced) columns, in key order
 */
public record ForeignKey(String baseTable, List<String> columns) {
  public ForeignKey {
    columns = List.copyOf(columns);
  }
}
