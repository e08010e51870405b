package io.cassql.jdbc.internal.cql;

import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.RelationMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.relational.QueryMode;
import io.cassql.relational.RelationKind;
import io.cassql.relational.RelationalColumn;
import io.cassql.relational.RelationalModel;
import io.cassql.schema.types.CqlKind;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Optional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a CQL result, resolved once: kinds, types, names, label look-up and nullability
 * (a column named as a primary-key column of the result's table is never null; see
 * {@link #nullability}).
 */
final class CqlColumns {
  final int count;
  final CqlKind[] kinds;
  final DataType[] types;
  final String[] names;
  final String[] keyspaces;
  final String[] tables;
  /** {@link ResultSetMetaData#isNullable} of each column. */
  final int[] nullability;
  /** The CQL type name of each column, frozen where the table's column is (the wire type does not say). */
  final String[] typeNames;
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, Integer> folded = new HashMap<>();

  /** Columns without schema look-up: nullability unknown (parameters, or no schema at hand). */
  CqlColumns(ColumnDefinitions definitions) {
    this(definitions, null);
  }

  /**
   * Columns whose nullability is read from the relational model of {@code schema}'s table, as
   * {@code DatabaseMetaData.getColumns} reports it in CQL mode: a column that is a table column of
   * that name is nullable unless it is a key column; one that is not (a function call) is unknown.
   */
  CqlColumns(ColumnDefinitions definitions, Metadata schema) {
    count = definitions.size();
    nullability = new int[count];
    typeNames = new String[count];
    kinds = new CqlKind[count];
    types = new DataType[count];
    names = new String[count];
    keyspaces = new String[count];
    tables = new String[count];
    for (int i = 0; i < count; i++) {
      ColumnDefinition d = definitions.get(i);
      types[i] = d.getType();
      kinds[i] = CqlKind.of(d.getType());
      names[i] = d.getName().asInternal();
      keyspaces[i] = d.getKeyspace().asInternal();
      tables[i] = d.getTable().asInternal();
      Optional<RelationalColumn> column = schema == null ? Optional.empty()
          : tableColumn(schema, keyspaces[i], tables[i], names[i], types[i]);
      nullability[i] = column.map(c -> c.nullable() ? ResultSetMetaData.columnNullable : ResultSetMetaData.columnNoNulls)
          .orElse(ResultSetMetaData.columnNullableUnknown);
      typeNames[i] = column.map(c -> c.type().typeName()).orElse(CqlKind.typeName(types[i]));
      exact.putIfAbsent(names[i], i);
      folded.putIfAbsent(names[i].toLowerCase(Locale.ROOT), i);
    }
  }

  private static final RelationalModel CQL_MODEL = new RelationalModel(QueryMode.CQL, "");

  /**
   * The column of the CQL-mode relational model a result column names (same table, name and type up
   * to frozenness), which gives its nullability and type name as {@code getColumns} reports them;
   * empty for a computed column.
   */
  static Optional<RelationalColumn> tableColumn(Metadata schema, String keyspace, String table, String column,
      DataType type) {
    Optional<KeyspaceMetadata> ks = schema.getKeyspace(com.datastax.oss.driver.api.core.CqlIdentifier.fromInternal(keyspace));
    var id = com.datastax.oss.driver.api.core.CqlIdentifier.fromInternal(table);
    Optional<? extends RelationMetadata> relation = ks.flatMap(k -> k.getTable(id));
    if (relation.isEmpty()) {
      relation = ks.flatMap(k -> k.getView(id));
    }
    // the driver's type equality ignores frozenness, which a result's column definitions do not carry
    return relation.flatMap(r -> CQL_MODEL.baseTable(keyspace, r, RelationKind.TABLE).column(column))
        .filter(x -> x.cqlType().equals(type));
  }

  /** The 0-based index of a JDBC column index; 07009 when out of range. */
  int index(int jdbcIndex) throws SQLException {
    if (jdbcIndex < 1 || jdbcIndex > count) {
      throw SqlErrors.create(SqlState.INVALID_DESCRIPTOR_INDEX,
          "column index " + jdbcIndex + " is out of range: the result has " + count + " columns");
    }
    return jdbcIndex - 1;
  }

  /** The 1-based index of a label: exact match first, then ignoring case; 42S22 when unknown. */
  int find(String label) throws SQLException {
    Integer i = label == null ? null : exact.get(label);
    if (i == null && label != null) {
      i = folded.get(label.toLowerCase(Locale.ROOT));
    }
    if (i == null) {
      throw SqlErrors.create(SqlState.UNDEFINED_COLUMN, "the result has no column named '" + label + "'");
    }
    return i + 1;
  }
}
