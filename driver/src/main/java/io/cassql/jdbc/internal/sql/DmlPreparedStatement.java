package io.cassql.jdbc.internal.sql;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.cql.BatchOutcome;
import io.cassql.jdbc.internal.cql.ParameterSetters;
import io.cassql.jdbc.internal.error.CassandraErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.DriverValues;
import io.cassql.schema.types.ValueConversionException;
import io.cassql.sql.dml.CqlWrite;
import io.cassql.sql.dml.DmlException;
import io.cassql.sql.dml.DmlPlan;
import io.cassql.sql.dml.DmlTranslator;
import io.cassql.sql.exec.ValueSource;
import java.sql.BatchUpdateException;
import java.sql.ParameterMetaData;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A SQL INSERT, UPDATE or DELETE in SQL mode, translated once into CQL writes by full primary key;
 * each execution binds the parameters into those writes. The update count is the number of rows
 * written, also after a multi-row write failed part-way (the rows before the failing one stay
 * written).
 */
public final class DmlPreparedStatement extends ParameterSetters {
  private final DmlPlan plan;
  private final Object[] values;
  private final boolean[] isSet;
  private final List<Object[]> batch = new ArrayList<>();

  public DmlPreparedStatement(ConnectionContext connection, String sql) throws SQLException {
    super(connection);
    try {
      this.plan =
          new DmlTranslator(
                  connection.session().getMetadata(),
                  connection.getSchema(),
                  connection.settings().vtSeparator())
              .translate(sql);
    } catch (DmlException e) {
      throw SqlErrors.create(
          switch (e.kind()) {
            case UNKNOWN_TABLE -> SqlState.UNDEFINED_TABLE;
            case UNKNOWN_COLUMN -> SqlState.UNDEFINED_COLUMN;
            case UNSUPPORTED -> SqlState.FEATURE_NOT_SUPPORTED;
            default -> SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
          },
          e.getMessage(),
          e);
    }
    this.values = new Object[plan.parameterCount()];
    this.isSet = new boolean[plan.parameterCount()];
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
    values[parameterIndex - 1] = value;
    isSet[parameterIndex - 1] = true;
  }

  private Object[] snapshot() throws SQLException {
    for (int i = 0; i < isSet.length; i++) {
      if (!isSet[i]) {
        throw SqlErrors.create(
            SqlState.PARAMETER_NOT_SET, "no value given for parameter " + (i + 1));
      }
    }
    return values.clone();
  }

  /**
   * Writes the rows of one execution in order; returns how many. When one fails the rows before it
   * stay written (Cassandra has no transaction to undo them): {@code written[0]} holds how many,
   * and the exception says so.
   */
  private long write(Object[] params, long[] written) throws SQLException {
    List<CqlWrite> writes = plan.writes();
    written[0] = 0;
    for (CqlWrite w : writes) {
      try {
        writeOne(w, params);
      } catch (SQLException e) {
        throw writes.size() == 1 ? e : partial(e, written[0], writes.size());
      }
      written[0]++;
    }
    return written[0];
  }

  /** {@code e} of row {@code done + 1} of a multi-row write, saying how many rows were written. */
  private static SQLException partial(SQLException e, long done, int rows) {
    return SqlErrors.create(
        SqlState.byCode(e.getSQLState()).orElse(SqlState.GENERAL_ERROR),
        "row "
            + (done + 1)
            + " of "
            + rows
            + " failed, "
            + done
            + (done == 1 ? " row was" : " rows were")
            + " written before it (getUpdateCount() = "
            + done
            + "): "
            + e.getMessage(),
        e);
  }

  private void writeOne(CqlWrite w, Object[] params) throws SQLException {
    PreparedStatement prepared;
    try {
      prepared =
          connection.session().prepare(simple(w.cql()).setTimeout(connection.requestTimeout()));
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
    BoundStatementBuilder b = prepared.boundStatementBuilder();
    for (int i = 0; i < w.values().size(); i++) {
      Object raw = resolve(w.values().get(i), params);
      try {
        Object v = DriverValues.convert(raw, w.types().get(i));
        b = v == null ? b.setToNull(i) : b.set(i, v, b.codecRegistry().codecFor(w.types().get(i)));
      } catch (ValueConversionException e) {
        throw SqlErrors.conversion(e, w.types().get(i), e.getMessage());
      }
    }
    try {
      connection.session().execute(configure(b.build()));
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
  }

  /** The value of a source: a literal, a parameter, or a one-element collection of either. */
  private static Object resolve(ValueSource source, Object[] params) throws SQLException {
    if (source instanceof ValueSource.Element e) {
      Object element = resolve(e.element(), params);
      if (element == null) {
        throw SqlErrors.create(SqlState.DATA_EXCEPTION, "a collection element cannot be null");
      }
      return List.of(element);
    }
    return source instanceof ValueSource.Literal l
        ? l.value()
        : params[((ValueSource.Param) source).index()];
  }

  @Override
  public boolean execute() throws SQLException {
    executeLargeUpdate();
    return false;
  }

  @Override
  public java.sql.ResultSet executeQuery() throws SQLException {
    throw SqlErrors.create(
        SqlState.NO_DATA, "an INSERT, UPDATE or DELETE returns no result set; use executeUpdate");
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) executeLargeUpdate();
  }

  /**
   * Writes the statement's rows; the update count is the number of rows written. When a row of a
   * multi-row write fails, the rows before it stay written and {@link #getUpdateCount()} says how
   * many before the exception is thrown.
   */
  @Override
  public long executeLargeUpdate() throws SQLException {
    checkOpen();
    Object[] params = snapshot();
    long[] written = new long[1];
    try {
      long rows = write(params, written);
      recordUpdateCount(rows);
      return rows;
    } catch (SQLException e) {
      recordUpdateCount(written[0]);
      throw e;
    }
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
    batch.add(snapshot());
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  /**
   * Runs the batch's entries one after another; the first that fails ends it, and the {@link
   * BatchUpdateException} reports every entry (see {@link BatchOutcome}): applied entries count the
   * rows they wrote; the failed entry's message says how many of its rows were written.
   */
  @Override
  public int[] executeBatch() throws SQLException {
    checkOpen();
    List<Object[]> work = new ArrayList<>(batch);
    batch.clear();
    BatchOutcome outcome = new BatchOutcome(work.size());
    long[] written = new long[1];
    for (int i = 0; i < work.size(); i++) {
      try {
        outcome.applied(i, (int) write(work.get(i), written));
      } catch (SQLException e) {
        outcome.failed(i, e);
        break;
      }
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
    return null;
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    throw SqlErrors.notSupported("ParameterMetaData of SQL-mode DML");
  }
}
