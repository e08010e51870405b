package io.cassql.sql.exec;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;

/** A data context that holds only a query's control, for tests of run-time pieces. */
final class MapContext implements DataContext {
  private final QueryControl control;

  MapContext(QueryControl control) {
    this.control = control;
  }

  @Override
  public SchemaPlus getRootSchema() {
    return null;
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return null;
  }

  @Override
  public QueryProvider getQueryProvider() {
    return null;
  }

  @Override
  public Object get(String name) {
    return QueryControl.CONTEXT_KEY.equals(name) ? control : null;
  }
}
