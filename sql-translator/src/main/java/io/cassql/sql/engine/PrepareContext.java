package io.cassql.sql.engine;

import io.cassql.sql.CasSqlTypeSystem;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.DataContext;
import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.tools.RelRunner;

/**
 * What Calcite's preparation needs to compile one query: the schema, the default keyspace, and SQL
 * mode's settings (double-quoted identifiers matched case-insensitively unless quoted, case kept,
 * lenient conformance, SQL mode's type system, UTC). No connection is involved.
 */
final class PrepareContext implements CalcitePrepare.Context {
  /** SQL mode's Calcite settings, parsed once. */
  static final CalciteConnectionConfig CONFIG = settings();

  private final CalciteSchema root;
  private final List<String> defaultSchemaPath;
  private final JavaTypeFactory typeFactory;
  private final DataContext dataContext;

  PrepareContext(CalciteSchema root, List<String> defaultSchemaPath, JavaTypeFactory typeFactory) {
    this.root = root;
    this.defaultSchemaPath = defaultSchemaPath;
    this.typeFactory = typeFactory;
    this.dataContext =
        DataContexts.of(
            java.util.Map.of(
                DataContext.Variable.TIME_ZONE.camelName, java.util.TimeZone.getTimeZone("UTC")));
  }

  private static CalciteConnectionConfig settings() {
    Properties p = new Properties();
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("quoting", "DOUBLE_QUOTE");
    p.setProperty("timeZone", "UTC");
    p.setProperty("conformance", "LENIENT");
    p.setProperty("typeSystem", CasSqlTypeSystem.class.getName() + "#INSTANCE");
    return new CalciteConnectionConfigImpl(p);
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return typeFactory;
  }

  @Override
  public CalciteSchema getRootSchema() {
    return root;
  }

  @Override
  public CalciteSchema getMutableRootSchema() {
    return root;
  }

  @Override
  public List<String> getDefaultSchemaPath() {
    return defaultSchemaPath;
  }

  @Override
  public CalciteConnectionConfig config() {
    return CONFIG;
  }

  @Override
  public CalcitePrepare.SparkHandler spark() {
    return CalcitePrepare.Dummy.getSparkHandler(false);
  }

  @Override
  public DataContext getDataContext() {
    return dataContext;
  }

  @Override
  public List<String> getObjectPath() {
    return null;
  }

  @Override
  public RelRunner getRelRunner() {
    throw new UnsupportedOperationException("SQL mode runs no nested relational expressions");
  }
}
