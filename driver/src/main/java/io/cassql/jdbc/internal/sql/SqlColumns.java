package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
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
  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<String, Integer> folded = new HashMap<>();

  SqlColumns(List<ResultColumn> list) {
    this.list = list;
    for (int i = 0; i < list.size(); i++) {
      exact.putIfAbsent(list.get(i).label(), i);
      folded.putIfAbsent(list.get(i).label().toLowerCase(Locale.ROOT), i);
    }
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
