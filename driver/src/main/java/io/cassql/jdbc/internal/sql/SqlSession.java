package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.internal.conn.ConnectionImpl;
import io.cassql.jdbc.internal.error.CalciteErrorTranslator;
import io.cassql.sql.LiteralParameters;
import io.cassql.sql.LiteralParameters.Parameterized;
import io.cassql.sql.PlannerSetup;
import io.cassql.sql.SqlModeConnections;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.schema.TableNameCheck;
import java.util.Optional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.sql.parser.SqlParseException;

/** The SQL-mode side of one JDBC connection: a Calcite connection over the shared CqlSession. */
public final class SqlSession implements AutoCloseable {
  static {
    // Calcite's default character set for literals is ISO-8859-1, which refuses any other text
    // ('日本', emoji). Cassandra text is UTF-8; unless the application chose otherwise, SQL mode is too.
    // Set before the first SQL-mode connection loads Calcite, which reads these once.
    defaultTo("calcite.default.charset", "UTF-8");
    defaultTo("calcite.default.nationalcharset", "UTF-8");
    defaultTo("calcite.default.collation.name", "UTF-8$en_US");
  }

  private final ConnectionImpl connection;
  private final CqlExecutor executor;
  private CalciteConnection calcite;
  /** Prepared plans of plain-statement queries, by SQL text, least recently used first. */
  private final Map<String, Deque<PreparedStatement>> plans = new LinkedHashMap<>(16, 0.75f, true);

  private static final int CACHED_TEXTS = 128;
  private long planCacheHits;
  private long plansMade;
  private static final int PLANS_PER_TEXT = 4;
  /** Texts whose parameterized form failed where the text itself may not: run as written from then on. */
  private final Set<String> keepLiterals = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > CACHED_TEXTS;
    }
  });

  public SqlSession(ConnectionImpl connection) throws SQLException {
    this.connection = connection;
    this.executor = new CqlExecutor(connection.session(), connection.consistencyLevel(),
        connection.defaultFetchSize(), connection.requestTimeout(), connection.settings().scanParallelism(),
        connection.settings().allowFiltering(), connection.settings().vtSeparator());
  }

  private synchronized CalciteConnection calcite() throws SQLException {
    try {
      if (calcite == null) {
        calcite = SqlModeConnections.open(executor, connection.getSchema());
      } else {
        SqlModeConnections.syncKeyspaces(calcite, executor);
      }
      return calcite;
    } catch (RuntimeException e) {
      throw CalciteErrorTranslator.translate(e);
    }
  }

  /** A SQL-mode statement. */
  public Statement createStatement() throws SQLException {
    return JdbcProxy.wrap(calcite().createStatement(), Statement.class, connection, null);
  }

  /** A SQL-mode prepared statement: parsed, validated and planned once, here. */
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepareStatement(sql, 0);
  }

  /**
   * A SQL-mode prepared statement, planned within {@code timeoutSeconds} (0 = no limit): a plan
   * that takes longer fails with HYT00.
   */
  public PreparedStatement prepareStatement(String sql, int timeoutSeconds) throws SQLException {
    CalciteConnection c = calcite();
    Optional<String> naming = TableNameCheck.problem(sql, executor.session().getMetadata(), c.getSchema());
    if (naming.isPresent()) {
      throw SqlErrors.create(naming.get().contains("ambiguous") ? SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION
          : SqlState.UNDEFINED_TABLE, naming.get());
    }
    try {
      PreparedStatement planned = PlannerSetup.plan(timeoutSeconds * 1000L, () -> c.prepareStatement(sql));
      return JdbcProxy.wrap(planned, PreparedStatement.class, connection, null);
    } catch (Exception e) {
      throw CalciteErrorTranslator.translate(e);
    }
  }

  /**
   * A prepared plan for the text of a plain statement, reused when the same text ran before: the
   * plan is made once, later executions only bind and run; a new plan must be made within
   * {@code timeoutSeconds} (0 = no limit). Give it back with {@link #release}.
   */
  public synchronized PreparedStatement borrow(String sql, int timeoutSeconds) throws SQLException {
    Deque<PreparedStatement> idle = plans.get(sql);
    PreparedStatement ps = idle == null ? null : idle.poll();
    if (ps != null) {
      planCacheHits++;
      return ps;
    }
    PreparedStatement made = prepareStatement(sql, timeoutSeconds);
    plansMade++;
    return made;
  }

  /**
   * The text of a plain-statement query with the literals of its conditions as typed parameters
   * (see {@link LiteralParameters}), so that texts differing only in those literals share a plan;
   * the text unchanged when that is switched off or failed for it before.
   */
  public Parameterized parameterize(String sql) {
    synchronized (this) {
      // -Dcassql.sql.literalParameters=false plans each literal text on its own (for comparison)
      if ("false".equalsIgnoreCase(System.getProperty("cassql.sql.literalParameters")) || keepLiterals.contains(sql)) {
        return new Parameterized(sql, List.of());
      }
    }
    Parameterized p = LiteralParameters.of(sql);
    synchronized (this) {
      return keepLiterals.contains(p.text()) ? new Parameterized(sql, List.of()) : p;
    }
  }

  /** From now on runs {@code sql} (a text, or a parameterized text that failed to plan) with its literals as written. */
  public synchronized void keepLiterals(String sql) {
    keepLiterals.add(sql);
  }

  /** How many plain-statement queries ran on a cached plan instead of planning again. */
  public synchronized long planCacheHits() {
    return planCacheHits;
  }

  /** How many plans plain-statement queries made (cache misses). */
  public synchronized long plansMade() {
    return plansMade;
  }

  /** Returns a borrowed plan to the bounded cache (closing what does not fit). */
  public synchronized void release(String sql, PreparedStatement ps) throws SQLException {
    if (calcite == null || ps.isClosed()) {
      return;
    }
    Deque<PreparedStatement> idle = plans.computeIfAbsent(sql, k -> new ArrayDeque<>());
    if (idle.size() >= PLANS_PER_TEXT) {
      ps.close();
    } else {
      idle.add(ps);
    }
    if (plans.size() > CACHED_TEXTS) {
      Map.Entry<String, Deque<PreparedStatement>> eldest = plans.entrySet().iterator().next();
      plans.remove(eldest.getKey());
      for (PreparedStatement old : eldest.getValue()) {
        old.close();
      }
    }
  }

  /** Sets Calcite's character-set defaults (done once, when this class loads) before anything loads Calcite. */
  static void applyCalciteDefaults() {
    // the static initializer has run by the time this body runs
  }

  private static void defaultTo(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Whether {@code e} is a SQL parse error (auto mode then tries CQL). */
  static boolean isParseError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SqlParseException) {
        return true;
      }
    }
    return false;
  }

  /** Follows the JDBC connection's keyspace. */
  public synchronized void setSchema(String keyspace) throws SQLException {
    if (calcite != null) {
      calcite.setSchema(keyspace);
    }
  }

  /** The CQL that pushed scans of this connection sent, oldest first. */
  public List<String> recentRequests() {
    return executor.recentRequests();
  }

  @Override
  public synchronized void close() {
    plans.clear();
    if (calcite != null) {
      try {
        calcite.close();
      } catch (SQLException ignored) {
        // closing an in-process Calcite connection has nothing to report
      }
      calcite = null;
    }
  }
}
