package io.cassql.cli.internal.sink;

import io.cassql.cli.internal.format.SourceColumn;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A table of any JDBC database: created from the source's column types with {@code --create},
 * emptied first in {@link CopyMode#TRUNCATE}, filled by batched inserts, all inside one transaction
 * when the database has them (a table this sink created is dropped on failure).
 */
final class JdbcSink implements RowSink {
  private final String url;
  private final Properties credentials;
  private final String table;
  private final boolean create;
  private final CopyMode mode;
  private final int batchSize;
  private Connection connection;
  private SinkDialect dialect;
  private List<SourceColumn> columns;
  private PreparedStatement insert;
  private String quotedTable;
  private boolean created;
  private boolean transactional;
  private int pending;
  private long executed;

  JdbcSink(
      String url,
      Properties credentials,
      String table,
      boolean create,
      CopyMode mode,
      int batchSize) {
    this.url = url;
    this.credentials = credentials;
    this.table = table;
    this.create = create;
    this.mode = mode;
    this.batchSize = batchSize;
  }

  @Override
  public void begin(List<SourceColumn> columns) throws SQLException {
    this.columns = columns;
    connection = DriverManager.getConnection(url, credentials);
    DatabaseMetaData md = connection.getMetaData();
    dialect = SinkDialect.of(md.getDatabaseProductName());
    String quote = md.getIdentifierQuoteString();
    quote = quote == null || quote.isBlank() ? "\"" : quote.strip();
    String existing = existing(md);
    quotedTable = Identifiers.quoteQualified(existing != null ? existing : table, quote);
    if (existing == null) {
      if (!create) {
        throw new SQLException(
            "table "
                + table
                + " does not exist in "
                + describe()
                + "; add --create to create it from the source's columns",
            "42S02");
      }
      String q = quote;
      String ddl =
          "CREATE TABLE "
              + quotedTable
              + " ("
              + columns.stream()
                  .map(c -> Identifiers.quote(c.label(), q) + " " + dialect.columnType(c))
                  .collect(Collectors.joining(", "))
              + ")";
      try (Statement s = connection.createStatement()) {
        s.execute(ddl);
      }
      created = true;
    }
    transactional = md.supportsTransactions();
    if (transactional) {
      connection.setAutoCommit(false);
    }
    if (mode == CopyMode.TRUNCATE) {
      try (Statement s = connection.createStatement()) {
        s.executeUpdate("DELETE FROM " + quotedTable);
      }
    }
    String q = quote;
    insert =
        connection.prepareStatement(
            "INSERT INTO "
                + quotedTable
                + " ("
                + columns.stream()
                    .map(c -> Identifiers.quote(c.label(), q))
                    .collect(Collectors.joining(", "))
                + ") VALUES ("
                + "?, ".repeat(columns.size() - 1)
                + "?)");
  }

  /**
   * The table's name as the target's metadata spells it (exact match first, else ignoring case), or
   * null when it does not exist.
   */
  private String existing(DatabaseMetaData md) throws SQLException {
    List<String> parts = Identifiers.split(table);
    String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    String name = parts.get(parts.size() - 1);
    String current = schema != null ? schema : currentSchema();
    String ignoringCase = null;
    try (ResultSet rs = md.getTables(null, null, null, null)) {
      while (rs.next()) {
        String s = rs.getString("TABLE_SCHEM");
        String t = rs.getString("TABLE_NAME");
        if (current != null && s != null && !current.equalsIgnoreCase(s)) {
          continue;
        }
        String qualified =
            schema != null
                ? Identifiers.quote(s, "\"") + "." + Identifiers.quote(t, "\"")
                : Identifiers.quote(t, "\"");
        if (t.equals(name)) {
          return qualified;
        }
        ignoringCase = t.equalsIgnoreCase(name) && ignoringCase == null ? qualified : ignoringCase;
      }
    }
    return ignoringCase;
  }

  private String currentSchema() {
    try {
      return connection.getSchema();
    } catch (SQLException | AbstractMethodError unsupported) {
      return null;
    }
  }

  @Override
  public void write(Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null) {
        insert.setNull(i + 1, dialect.nullType(columns.get(i)));
      } else {
        insert.setObject(i + 1, dialect.bindValue(row[i]));
      }
    }
    insert.addBatch();
    if (++pending >= batchSize) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      executed += pending;
      pending = 0;
    }
  }

  @Override
  public void commit() throws SQLException {
    flush();
    if (transactional) {
      connection.commit();
    }
  }

  @Override
  public void abort() {
    if (connection == null) {
      return;
    }
    try {
      if (transactional && !connection.getAutoCommit()) {
        connection.rollback();
      }
      if (created) {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
          s.execute("DROP TABLE " + quotedTable);
        }
        created = false;
      }
    } catch (SQLException ignored) {
      // the failure being reported matters more
    }
  }

  @Override
  public long rowsKeptAfterAbort() {
    return transactional || created ? 0 : executed;
  }

  @Override
  public String describe() {
    return Identifiers.maskPasswords(url);
  }

  @Override
  public void close() {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException ignored) {
      // nothing more to do
    }
  }
}
