package io.cassql.jdbc.internal.cql;

import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.CqlKind;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The columns of a CQL result, resolved once: kinds, types, names and label look-up. */
final class CqlColumns {
  final int count;
  final CqlKind[] kinds;
  final DataType[] types;
  final String[] names;
  final String[] keyspaces;
  final String[] tables;
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, Integer> folded = new HashMap<>();

  CqlColumns(ColumnDefinitions definitions) {
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
