package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.cql.CqlPreparedStatement;
import io.cassql.jdbc.internal.cql.CqlStatement;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.sql.LiteralParameters.Parameterized;
import io.cassql.sql.dml.DmlTranslator;
import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.exec.QueryControl;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A statement of SQL or auto mode. Where each text runs is decided here, in one place. SQL mode:
 * queries go to the SQL engine, INSERT/UPDATE/DELETE to the DML translator, CQL-only statements
 * (DDL, USE, grants, batches) are refused with 0A000. Auto mode: a text that starts like a query
 * and parses as SQL runs in SQL mode; anything else (DDL, DML, CQL-only syntax such as {@code ALLOW
 * FILTERING}) runs as CQL, and so does a query that SQL mode cannot parse or validate (see {@link
 * AutoFallback}).
 */
public final class SqlModeStatement extends CqlStatement {
  private final SqlSession sql;
  private final boolean auto;

  public SqlModeStatement(ConnectionContext connection, SqlSession sql, boolean auto) {
    super(connection);
    this.sql = sql;
    this.auto = auto;
  }

  /** Prepares {@code text} in SQL mode ({@code auto == false}) or auto mode. */
  public static PreparedStatement prepare(
      ConnectionContext connection, SqlSession sql, String text, boolean auto) throws SQLException {
    if (!auto) {
      refuseCqlOnly(text);
      return DmlTranslator.isDml(text)
          ? new DmlPreparedStatement(connection, text)
          : new SqlPreparedStatement(connection, sql, text);
    }
    if (SqlText.looksLikeQuery(text)) {
      try {
        return new SqlPreparedStatement(connection, sql, text);
      } catch (SQLException e) {
        if (!AutoFallback.triesCql(e)) {
          throw e;
        }
        try {
          return new CqlPreparedStatement(connection, text);
        } catch (SQLException cql) {
          throw AutoFallback.bothFailed(e, cql);
        }
      }
    }
    return new CqlPreparedStatement(connection, text);
  }

  /** SQL mode runs queries and DML; DDL and other CQL-only statements are refused with 0A000. */
  private static void refuseCqlOnly(String text) throws SQLException {
    if (SqlText.isCqlOnly(text)) {
      throw SqlErrors.create(
          SqlState.FEATURE_NOT_SUPPORTED,
          SqlText.firstWord(text).toUpperCase(Locale.ROOT)
              + " is a CQL statement, not supported in SQL mode; run it with queryMode=cql or queryMode=auto");
    }
  }

  @Override
  public boolean execute(String text) throws SQLException {
    checkOpen();
    SqlErrors.statementText(text);
    if (!auto) {
      refuseCqlOnly(text);
      if (DmlTranslator.isDml(text)) {
        closeCurrent();
        try (DmlPreparedStatement dml = new DmlPreparedStatement(connection, text)) {
          dml.setQueryTimeout(getQueryTimeout());
          try {
            recordUpdateCount(dml.executeLargeUpdate());
          } catch (SQLException e) {
            // the rows a multi-row INSERT wrote before its failing row stay written
            recordUpdateCount(dml.getLargeUpdateCount());
            throw e;
          }
        }
        return false;
      }
    }
    if (!auto || SqlText.looksLikeQuery(text)) {
      try {
        return runQuery(JdbcEscapes.rewrite(text));
      } catch (SQLException e) {
        if (!auto || !AutoFallback.triesCql(e)) {
          throw e;
        }
        try {
          return super.execute(text);
        } catch (SQLException cql) {
          throw AutoFallback.bothFailed(e, cql);
        }
      }
    }
    return super.execute(text);
  }

  /**
   * Runs a query on its shared plan, the literals of its conditions bound as parameters so that
   * texts differing only in them share one plan; when the parameterized form fails where the text
   * as written may not, the text as written decides (and reports its own error).
   */
  private boolean runQuery(String text) throws SQLException {
    QueryControl control = startExecution(getQueryTimeout() * 1000L);
    Parameterized parameterized = sql.parameterize(text);
    if (parameterized.changed()) {
      boolean[] planned = new boolean[1];
      try {
        return run(parameterized, control, planned);
      } catch (SQLException e) {
        if (!mayDifferFromText(e)) {
          throw e;
        }
        // when it could not even be planned, no text of its shape tries it again
        sql.keepLiterals(planned[0] ? text : parameterized.text());
      }
    }
    return run(new Parameterized(text, List.of()), control, new boolean[1]);
  }

  private boolean run(Parameterized query, QueryControl control, boolean[] planned)
      throws SQLException {
    QueryPlan plan = sql.plan(query.text(), control);
    planned[0] = true;
    Object[] values = new Object[plan.parameters().size()];
    for (int i = 0; i < values.length && i < query.values().size(); i++) {
      values[i] =
          SqlParameters.convert(query.values().get(i).value(), plan.parameters().get(i), i + 1);
    }
    setResult(
        SqlResultSet.open(
            this,
            plan,
            values,
            sql.executor(getFetchSize()),
            sql.memoryAccount(),
            control,
            getLargeMaxRows(),
            getFetchSize()));
    return true;
  }

  /**
   * Whether a failure of the parameterized form may not be the text's own: a data, syntax or
   * validation error (a literal that validation would have coerced or refused, say), never a
   * timeout, a cancel, a lost connection or an unavailable cluster, which the text as written would
   * meet too.
   */
  private static boolean mayDifferFromText(SQLException e) {
    String state = e.getSQLState();
    return state == null
        || state.startsWith("22")
        || state.startsWith("42")
        || state.startsWith("0A");
  }

  @Override
  public String toString() {
    return "SqlModeStatement[" + (auto ? "auto" : "sql") + "]";
  }
}
