package io.cassql.sql.engine;

import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.exec.QueryControl;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The data context of one execution of a {@link QueryPlan}: its parameter values ({@code ?0},
 * {@code ?1}, ...), the executing connection's {@link CqlExecutor}, the {@link QueryControl}
 * (Calcite's cancel flag and timeout variables read from it too), and the time at which the query
 * started. Calcite's run-time time zone is UTC: SQL mode reads Cassandra timestamps as UTC
 * wall-clock time, so CURRENT_TIMESTAMP is UTC as well.
 */
final class ExecutionContext implements DataContext {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private final SqlEngine engine;
  private final Map<String, Object> values;

  ExecutionContext(
      SqlEngine engine,
      QueryPlan plan,
      Object[] parameters,
      CqlExecutor executor,
      QueryControl control) {
    this.engine = engine;
    this.values = new HashMap<>(plan.internalParameters());
    for (int i = 0; i < parameters.length; i++) {
      values.put("?" + i, parameters[i]);
    }
    long now = System.currentTimeMillis();
    values.put(Variable.UTC_TIMESTAMP.camelName, now);
    values.put(Variable.CURRENT_TIMESTAMP.camelName, now);
    values.put(Variable.LOCAL_TIMESTAMP.camelName, now);
    values.put(Variable.SYS_TIMESTAMP.camelName, now + TimeZone.getDefault().getOffset(now));
    values.put(Variable.TIME_ZONE.camelName, UTC);
    values.put(Variable.TIME_FRAME_SET.camelName, engine.timeFrameSet());
    values.put(Variable.LOCALE.camelName, Locale.ROOT);
    values.put(Variable.USER.camelName, "cassql");
    values.put(Variable.SYSTEM_USER.camelName, "cassql");
    values.put(Variable.CANCEL_FLAG.camelName, control.cancelFlag());
    values.put(Variable.TIMEOUT.camelName, control.timeoutMillis());
    values.put(QueryControl.CONTEXT_KEY, control);
    if (executor != null) {
      values.put(CqlExecutor.CONTEXT_KEY, executor);
    }
  }

  @Override
  public SchemaPlus getRootSchema() {
    return engine.rootSchema();
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return engine.typeFactory();
  }

  @Override
  public QueryProvider getQueryProvider() {
    throw new UnsupportedOperationException("SQL mode's plans read no queryable tables");
  }

  @Override
  public Object get(String name) {
    return values.get(name);
  }
}
