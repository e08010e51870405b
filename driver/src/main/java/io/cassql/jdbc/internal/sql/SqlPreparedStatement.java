package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.cql.ParameterSetters;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.exec.QueryControl;
import java.sql.ParameterMetaData;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A SQL-mode prepared query: its plan comes from the cluster session's shared cache (compiled once
 * for all connections), its parameters are converted by the value layer when set, and each
 * execution binds them into a new run of the plan.
 */
public final class SqlPreparedStatement extends ParameterSetters {
  private final SqlSession sql;
  private final QueryPlan plan;
  private final Object[] values;
  private final boolean[] isSet;

  SqlPreparedStatement(ConnectionContext connection, SqlSession sql, String text)
      throws SQLException {
    super(connection);
    this.sql = sql;
    this.plan = sql.plan(JdbcEscapes.rewrite(text), QueryControl.startingNow(0));
    this.values = new Object[plan.parameters().size()];
    this.isSet = new boolean[values.length];
  }

  @Override
  protected void set(int parameterIndex, Object value) throws SQLException {
    checkOpen();
    if (parameterIndex < 1 || parameterIndex > values.length) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX,
          "parameter index "
              + parameterIndex
              + " is out of range: the statement has "
              + values.length
              + " parameters");
    }
    values[parameterIndex - 1] =
        SqlParameters.convert(value, plan.parameters().get(parameterIndex - 1), parameterIndex);
    isSet[parameterIndex - 1] = true;
  }

  @Override
  public boolean execute() throws SQLException {
    checkOpen();
    for (int i = 0; i < isSet.length; i++) {
      if (!isSet[i]) {
        throw SqlErrors.create(
            SqlState.PARAMETER_NOT_SET, "no value given for parameter " + (i + 1));
      }
    }
    QueryControl control = startExecution(getQueryTimeout() * 1000L);
    setResult(
        SqlResultSet.open(
            this,
            plan,
            values.clone(),
            sql.executor(getFetchSize()),
            sql.memoryAccount(),
            control,
            getLargeMaxRows(),
            getFetchSize()));
    return true;
  }

  @Override
  public java.sql.ResultSet executeQuery() throws SQLException {
    execute();
    return getResultSet();
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) executeLargeUpdate();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    return updateResult(execute());
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    Arrays.fill(values, null);
    Arrays.fill(isSet, false);
  }

  @Override
  public void addBatch() throws SQLException {
    throw SqlErrors.notSupported("batches of queries (addBatch on a SELECT)");
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new SqlResultSetMetaData(new SqlColumns(plan.columns()));
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new SqlParameterMetaData(plan.parameters());
  }

  @Override
  public String toString() {
    return "SqlPreparedStatement[" + plan.sql() + "]";
  }
}
