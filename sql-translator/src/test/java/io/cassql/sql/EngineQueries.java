package io.cassql.sql;

import io.cassql.schema.types.DriverValues;
import io.cassql.sql.engine.ParameterType;
import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.engine.ResultColumn;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.exec.SqlValues;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Runs queries over VALUES on SQL mode's engine (no cluster) and renders their rows as text, for
 * tests.
 */
final class EngineQueries {
  static final SqlEngine ENGINE = SqlEngine.withoutCluster();

  private EngineQueries() {}

  /** The column types, then each row as "v1|v2|", of {@code sql} run with {@code values} bound. */
  static List<String> rows(String sql, List<?> values) throws Exception {
    QueryControl control = QueryControl.startingNow(0);
    QueryPlan plan = ENGINE.compile(sql, null, control);
    Object[] bound = new Object[values.size()];
    for (int i = 0; i < bound.length; i++) {
      ParameterType p = plan.parameters().get(i);
      bound[i] =
          SqlValues.toInternal(
              DriverValues.convert(values.get(i), SqlValues.cqlType(p.kind())), p.kind());
    }
    List<String> out = new ArrayList<>();
    StringBuilder types = new StringBuilder("types:");
    for (ResultColumn c : plan.columns()) {
      types
          .append(' ')
          .append(c.typeName())
          .append('(')
          .append(c.precision())
          .append(',')
          .append(c.scale())
          .append(')');
    }
    out.add(types.toString());
    try (Enumerator<Object> e = plan.bind(bound, null, control).enumerator()) {
      while (e.moveNext()) {
        Object row = e.current();
        Object[] cells = plan.arrayRows() ? (Object[]) row : new Object[] {row};
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
          line.append(SqlValues.toDriver(cells[i], plan.columns().get(i).kind())).append('|');
        }
        out.add(line.toString());
      }
    }
    return out;
  }
}
