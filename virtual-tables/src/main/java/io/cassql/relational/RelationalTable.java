package io.cassql.relational;

import java.util.List;
import java.util.Optional;

/**
 * One table of the relational model: a base table (a Cassandra table or view, in SQL mode without
 * its collection columns) or the virtual table of one collection column.
 *
 * @param keyspace the keyspace (the JDBC schema)
 * @param name the table name; a virtual table's is {@code <Table><separator><Column>}
 * @param kind what the Cassandra relation behind it is (a virtual table has its base table's kind)
 * @param remarks the table's comment, or what a virtual table shows
 * @param columns the columns in order: partition key, clustering columns, the others (a virtual
 *     table: the base table's key columns, then the element columns of {@link CollectionShape})
 * @param primaryKey the primary-key column names, partition key first
 * @param relation the Cassandra table or view this table reads
 * @param collection for a virtual table, the collection column it explodes; else null
 * @param shape for a virtual table, the kind of that collection; else null
 * @param foreignKey for a virtual table, its key to the base table; else null
 */
public record RelationalTable(
    String keyspace,
    String name,
    RelationKind kind,
    String remarks,
    List<RelationalColumn> columns,
    List<String> primaryKey,
    String relation,
    String collection,
    CollectionShape shape,
    ForeignKey foreignKey) {

  public RelationalTable {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  /** Whether this is the virtual table of a collection column. */
  public boolean isVirtual() {
    return collection != null;
  }

  /** The {@code TABLE_TYPE} JDBC lists it under (a virtual table: its base table's). */
  public String tableType() {
    return kind.jdbcName();
  }

  /** The column of that exact name. */
  public Optional<RelationalColumn> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The names of the columns, in order. */
  public List<String> columnNames() {
    return columns.stream().map(RelationalColumn::name).toList();
  }
}
