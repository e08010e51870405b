package io.cassql.jdbc.internal.cql;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.error.CassandraErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.DriverValues;
import io.cassql.schema.types.ValueConversionException;
import io.cassql.sql.exec.QueryControl;
import java.sql.BatchUpdateException;
import java.sql.ParameterMetaData;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A prepared CQL statement: prepared once by Cassandra, {@code ?} parameters converted to the
 * column's CQL type when set, so a bad value fails at {@code setX} with a clear SQLSTATE.
 */
public final class CqlPreparedStatement extends ParameterSetters {
  private static final int BATCH_IN_FLIGHT = 32;

  private final PreparedStatement prepared;
  private final ColumnDefinitions variables;
  private final Object[] values;
  private final boolean[] isSet;
  private final List<BoundStatement> batch = new ArrayList<>();

  public CqlPreparedStatement(ConnectionContext connection, String cql) throws SQLException {
    super(connection);
    try {
      this.prepared =
          connection.session().prepare(simple(cql).setTimeout(connection.requestTimeout()));
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
    this.variables = prepared.getVariableDefinitions();
    this.values = new Object[variables.size()];
    this.isSet = new boolean[variables.size()];
  }

  @Override
  protected void set(int parameterIndex, Object value) throws SQLException {
    checkOpen();
    int i = index(parameterIndex);
    DataType type = variables.get(i).getType();
    try {
      values[i] = DriverValues.convert(value, type);
    } catch (ValueConversionException e) {
      throw SqlErrors.conversion(
          e,
          type,
          "parameter "
              + parameterIndex
              + " ("
              + variables.get(i).getName().asCql(true)
              + "): "
              + e.getMessage());
    }
    isSet[i] = true;
  }

  private int index(int parameterIndex) throws SQLException {
    if (parameterIndex < 1 || parameterIndex > values.length) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX,
          "parameter index "
              + parameterIndex
              + " is out of range: the statement has "
              + values.length
              + " parameters");
    }
    return parameterIndex - 1;
  }

  private BoundStatement bind() throws SQLException {
    BoundStatementBuilder b = prepared.boundStatementBuilder();
    for (int i = 0; i < values.length; i++) {
      if (!isSet[i]) {
        throw SqlErrors.create(
            SqlState.PARAMETER_NOT_SET,
            "no value given for parameter "
                + (i + 1)
                + " ("
                + variables.get(i).getName().asCql(true)
                + ")");
      }
      if (values[i] == null) {
        b = b.setToNull(i);
      } else {
        DataType type = variables.get(i).getType();
        b = b.set(i, values[i], b.codecRegistry().codecFor(type));
      }
    }
    return configure(b.build());
  }

  @Override
  public boolean execute() throws SQLException {
    checkOpen();
    return run(bind());
  }

  @Override
  public java.sql.ResultSet executeQuery() throws SQLException {
    if (!execute()) {
      throw SqlErrors.create(
          SqlState.NO_DATA, "the statement returned no result set; use executeUpdate or execute");
    }
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
    checkOpen();
    batch.add(bind());
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  /**
   * Runs the batch with up to 32 requests in flight. Once an entry fails (or the statement is
   * cancelled) no further entry is sent, the requests in flight are waited for, and the {@link
   * BatchUpdateException} reports every entry (see {@link BatchOutcome}); applied entries count
   * SUCCESS_NO_INFO.
   */
  @Override
  public int[] executeBatch() throws SQLException {
    checkOpen();
    List<BoundStatement> work = new ArrayList<>(batch);
    batch.clear();
    closeCurrent();
    QueryControl control = startExecution(0);
    BatchOutcome outcome = new BatchOutcome(work.size());
    Deque<CompletableFuture<?>> window = new ArrayDeque<>();
    for (int i = 0; i < work.size() && !outcome.anyFailed() && !control.isCanceled(); i++) {
      if (window.size() == BATCH_IN_FLIGHT) {
        window.poll().join();
      }
      int entry = i;
      window.add(
          connection
              .session()
              .executeAsync(work.get(i))
              .toCompletableFuture()
              .handle(
                  (rs, error) -> {
                    if (error == null) {
                      outcome.applied(entry, SUCCESS_NO_INFO);
                    } else {
                      outcome.failed(entry, CassandraErrorTranslator.translate(error));
                    }
                    return null;
                  }));
    }
    // every request sent is answered (each has its request timeout) before the outcome is told
    for (CompletableFuture<?> f : window) {
      f.join();
    }
    if (control.isCanceled() && !outcome.anyFailed()) {
      outcome.stopped(
          SqlErrors.create(
              SqlState.OPERATION_CANCELED, "the batch was cancelled (Statement.cancel)"));
    }
    BatchUpdateException failure = outcome.exception();
    if (failure != null) {
      throw failure;
    }
    return outcome.counts();
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    ColumnDefinitions defs = prepared.getResultSetDefinitions();
    return defs.size() == 0
        ? null
        : new CqlResultSetMetaData(new CqlColumns(defs, connection.session().getMetadata()));
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new CqlParameterMetaData(new CqlColumns(variables));
  }
}
