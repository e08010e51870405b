package io.cassql.cli.internal.command;

import io.cassql.cli.internal.sink.Identifiers;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code --table} argument resolved against the driver's metadata: the exact names when the given
 * ones match exactly or, ignoring case, exactly one table.
 */
record TableSource(String keyspace, String table) {

  /** Resolves {@code name} ({@code ks.table}, or {@code table} in the connection's keyspace). */
  static TableSource resolve(Connection c, String name) throws SQLException {
    List<String> parts = Identifiers.split(name);
    if (parts.size() > 2 || parts.stream().anyMatch(String::isEmpty)) {
      throw new SQLException("--table must be keyspace.table, not '" + name + "'", "42000");
    }
    String keyspace = parts.size() == 2 ? parts.get(0) : c.getSchema();
    String table = parts.get(parts.size() - 1);
    if (keyspace == null) {
      throw new SQLException(
          "--table " + name + ": give the keyspace (keyspace.table) or one in the URL", "42000");
    }
    List<TableSource> found = new ArrayList<>();
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = md.getTables(null, null, null, null)) {
      while (rs.next()) {
        found.add(new TableSource(rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")));
      }
    }
    TableSource wanted = new TableSource(keyspace, table);
    if (found.contains(wanted)) {
      return wanted;
    }
    List<TableSource> ignoringCase =
        found.stream()
            .filter(t -> t.keyspace.equalsIgnoreCase(keyspace) && t.table.equalsIgnoreCase(table))
            .toList();
    return ignoringCase.size() == 1 ? ignoringCase.get(0) : wanted;
  }

  /** {@code SELECT * FROM "ks"."table"}, valid in SQL and CQL mode. */
  String selectAll() {
    return "SELECT * FROM "
        + Identifiers.quote(keyspace, "\"")
        + "."
        + Identifiers.quote(table, "\"");
  }

  /**
   * Cassandra's estimate of the table's partitions (rows where each partition holds one), or 0 when
   * unknown.
   */
  long estimatedRows(Connection c) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT partitions_count FROM system.size_estimates "
                + "WHERE keyspace_name = ? AND table_name = ?")) {
      ps.setString(1, keyspace);
      ps.setString(2, table);
      long total = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          total += rs.getLong(1);
        }
      }
      return total;
    } catch (SQLException | RuntimeException unknown) {
      return 0;
    }
  }
}
