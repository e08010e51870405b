package io.cassql.jdbc.internal.cql;

import com.datastax.oss.driver.api.core.CqlIdentifier;
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
import io.cassql.relational.RelationalTable;
import io.cassql.schema.types.CqlKind;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a CQL result, resolved once: kinds, types, names and label look-up; nullability
 * and declared type names on first request (see {@link #nullability(int)}).
 */
final class CqlColumns {
  final int count;
  final CqlKind[] kinds;
  final DataType[] types;
  final String[] names;
  final String[] keyspaces;
  final String[] tables;

  /** Where nullability and declared type names are read from; null when not at hand. */
  private final Metadata schema;

  /** The relational-model column of each result column (null: computed), once resolved. */
  private RelationalColumn[] tableColumns;

  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, Integer> folded = new HashMap<>();

  /** Columns without schema look-up: nullability unknown (parameters, or no schema at hand). */
  CqlColumns(ColumnDefinitions definitions) {
    this(definitions, null);
  }

  /** Columns whose nullability and type names are read from {@code schema} when first asked for. */
  CqlColumns(ColumnDefinitions definitions, Metadata schema) {
    this.schema = schema;
    count = definitions.size();
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
      exact.putIfAbsent(names[i], i);
      folded.putIfAbsent(names[i].toLowerCase(Locale.ROOT), i);
    }
  }

  private static final RelationalModel CQL_MODEL = new RelationalModel(QueryMode.CQL, "");

  /**
   * {@link ResultSetMetaData#isNullable} of the column at a 0-based index, as {@code
   * DatabaseMetaData.getColumns} reports it in CQL mode: a column of the result's table is nullable
   * unless it is a primary-key column; a computed one (a function call) is unknown.
   */
  int nullability(int i) {
    RelationalColumn c = tableColumns()[i];
    return c == null
        ? ResultSetMetaData.columnNullableUnknown
        : c.nullable() ? ResultSetMetaData.columnNullable : ResultSetMetaData.columnNoNulls;
  }

  /**
   * The CQL type name of the column at a 0-based index, {@code frozen<...>} where its table's
   * column is.
   */
  String typeName(int i) {
    RelationalColumn c = tableColumns()[i];
    return c == null ? CqlKind.typeName(types[i]) : c.type().typeName();
  }

  private RelationalColumn[] tableColumns() {
    if (tableColumns == null) {
      RelationalColumn[] resolved = new RelationalColumn[count];
      Map<String, Optional<RelationalTable>> byTable = new HashMap<>();
      for (int i = 0; i < count && schema != null; i++) {
        String ks = keyspaces[i];
        String t = tables[i];
        Optional<RelationalTable> table =
            byTable.computeIfAbsent(ks + "." + t, k -> table(schema, ks, t));
        int at = i;
        resolved[i] =
            table
                .flatMap(x -> x.column(names[at]))
                .filter(x -> x.cqlType().equals(types[at]))
                .orElse(null);
      }
      tableColumns = resolved;
    }
    return tableColumns;
  }

  /**
   * The CQL-mode relational table of {@code keyspace.table} (a table or a view). A result column is
   * that table's column when name and type match; the driver's type equality ignores frozenness,
   * which a result's column definitions do not carry.
   */
  private static Optional<RelationalTable> table(Metadata schema, String keyspace, String table) {
    Optional<KeyspaceMetadata> ks = schema.getKeyspace(CqlIdentifier.fromInternal(keyspace));
    CqlIdentifier id = CqlIdentifier.fromInternal(table);
    Optional<? extends RelationMetadata> relation = ks.flatMap(k -> k.getTable(id));
    if (relation.isEmpty()) {
      relation = ks.flatMap(k -> k.getView(id));
    }
    return relation.map(r -> CQL_MODEL.baseTable(keyspace, r, RelationKind.TABLE));
  }

  /** The 0-based index of a JDBC column index; 07009 when out of range. */
  int index(int jdbcIndex) throws SQLException {
    if (jdbcIndex < 1 || jdbcIndex > count) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX,
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
      throw SqlErrors.create(
          SqlState.UNDEFINED_COLUMN, "the result has no column named '" + label + "'");
    }
    return i + 1;
  }
}
