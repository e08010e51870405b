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
import java.sql.BatchUpdateException;
import java.sql.ParameterMetaData;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** Runs the batch with a bounded number of requests in flight; counts are SUCCESS_NO_INFO. */
  @Override
  public int[] executeBatch() throws SQLException {
    checkOpen();
    List<BoundStatement> work = new ArrayList<>(batch);
    batch.clear();
    closeCurrent();
    int[] counts = new int[work.size()];
    List<CompletableFuture<?>> window = new ArrayList<>();
    int done = 0;
    for (int i = 0; i < work.size(); i++) {
      window.add(connection.session().executeAsync(work.get(i)).toCompletableFuture());
      if (window.size() == BATCH_IN_FLIGHT || i == work.size() - 1) {
        for (CompletableFuture<?> f : window) {
          try {
            f.join();
            counts[done++] = SUCCESS_NO_INFO;
          } catch (RuntimeException e) {
            SQLException cause = CassandraErrorTranslator.translate(e);
            throw new BatchUpdateException(
                "batch entry " + (done + 1) + " failed: " + cause.getMessage(),
                cause.getSQLState(),
                0,
                Arrays.copyOf(counts, done),
                cause);
          }
        }
        window.clear();
      }
    }
    return counts;
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
