package io.cassql.sql;

import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.schema.KeyspaceSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Opens the Calcite connection behind a SQL-mode JDBC connection: every keyspace is a schema,
 * unquoted identifiers match case-insensitively, timestamps are instants (UTC).
 */
public final class SqlModeConnections {
  private SqlModeConnections() {}

  /** A Calcite connection over the cluster of {@code executor}, with a default keyspace or null. */
  public static CalciteConnection open(CqlExecutor executor, String defaultKeyspace) throws SQLException {
    CalciteConnection calcite = openWithoutCluster();
    syncKeyspaces(calcite, executor);
    if (defaultKeyspace != null) {
      calcite.setSchema(defaultKeyspace);
    }
    return calcite;
  }

  /** A Calcite connection with SQL mode's settings and no keyspaces (for VALUES-only queries). */
  public static CalciteConnection openWithoutCluster() throws SQLException {
    Properties p = new Properties();
    p.setProperty("caseSensitive", "false");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("quoting", "DOUBLE_QUOTE");
    p.setProperty("timeZone", "UTC");
    p.setProperty("conformance", "LENIENT");
    p.setProperty("typeSystem", CasSqlTypeSystem.class.getName() + "#INSTANCE");
    Connection c = new org.apache.calcite.jdbc.Driver().connect("jdbc:calcite:", p);
    return c.unwrap(CalciteConnection.class);
  }

  /** Adds keyspaces created and removes keyspaces dropped since the last call. */
  public static void syncKeyspaces(CalciteConnection calcite, CqlExecutor executor) {
    SchemaPlus root = calcite.getRootSchema();
    Set<String> live = new HashSet<>();
    for (KeyspaceMetadata ks : executor.session().getMetadata().getKeyspaces().values()) {
      String name = ks.getName().asInternal();
      live.add(name);
      if (root.getSubSchema(name) == null) {
        SchemaPlus added = root.add(name, new KeyspaceSchema(executor, ks.getName()));
        added.setCacheEnabled(false);
      }
    }
    CalciteSchema rootSchema = root.unwrap(CalciteSchema.class);
    for (String name : Set.copyOf(root.getSubSchemaNames())) {
      if (!live.contains(name) && !name.equals("metadata")) {
        rootSchema.removeSubSchema(name);
      }
    }
  }
}
