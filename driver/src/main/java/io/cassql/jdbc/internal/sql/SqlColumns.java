package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.engine.ResultColumn;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a SQL-mode result: index checks and label look-up (exact first, then ignoring
 * case).
 */
final class SqlColumns {
  final List<ResultColumn> list;

  /** Each column's value kind (TEXT where the engine's type has none), by 0-based index. */
  private final CqlKind[] kinds;

  /** Label look-ups, made on the first one (most readers go by index). */
  private Map<String, Integer> exact;

  private Map<String, Integer> folded;

  SqlColumns(List<ResultColumn> list) {
    this.list = list;
    this.kinds = new CqlKind[list.size()];
    for (int i = 0; i < kinds.length; i++) {
      CqlKind k = list.get(i).kind();
      kinds[i] = k == null ? CqlKind.TEXT : k;
    }
  }

  /** The value kind of the column at a 0-based index (already checked). */
  CqlKind kind(int index) {
    return kinds[index];
  }

  /** The 0-based index of a 1-based JDBC column index; 07009 when out of range. */
  int index(int jdbcIndex) throws SQLException {
    if (jdbcIndex < 1 || jdbcIndex > list.size()) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX,
          "column index "
              + jdbcIndex
              + " is out of range: the result has "
              + list.size()
              + " columns");
    }
    return jdbcIndex - 1;
  }

  /** The column at a 1-based index. */
  ResultColumn get(int jdbcIndex) throws SQLException {
    return list.get(index(jdbcIndex));
  }

  /** The 1-based index of a label; 42S22 when unknown. */
  int find(String label) throws SQLException {
    if (exact == null) {
      exact = new HashMap<>();
      folded = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        exact.putIfAbsent(list.get(i).label(), i);
        folded.putIfAbsent(list.get(i).label().toLowerCase(Locale.ROOT), i);
      }
    }
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
