package io.cassql.jdbc.internal.cql;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.CassandraErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.jdbc.internal.value.ValueGetters;
import io.cassql.jdbc.internal.value.ValueResultSet;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.exec.PageResume;
import io.cassql.sql.exec.QueryControl;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;

/**
 * A forward-only result set over a Cassandra result: rows are read one page at a time as the caller
 * advances, so memory holds one page whatever the size of the result; the wait for a page stops
 * when the statement is cancelled; a page whose request timed out is asked for again from the
 * paging state the result reached (see {@link PageResume}), so a scan outlives a dead node.
 */
public final class CqlResultSet extends ValueResultSet {
  private final Statement statement;
  private final QueryControl control;
  private final PageResume resume;
  private AsyncResultSet result;
  private Iterator<Row> rows;
  private final CqlColumns columns;
  private final long maxRows;
  private Row row;
  private long rowNumber;
  private boolean afterLast;
  private boolean wasNull;
  private boolean closed;

  CqlResultSet(
      Statement statement,
      AsyncResultSet result,
      CqlColumns columns,
      long maxRows,
      int fetchSize,
      QueryControl control,
      PageResume resume) {
    super(fetchSize);
    this.statement = statement;
    this.control = control;
    this.resume = resume;
    this.result = result;
    this.rows = result.currentPage().iterator();
    this.columns = columns;
    this.maxRows = maxRows;
  }

  /** The Cassandra execution info of the last page read (tracing, coordinator). */
  public com.datastax.oss.driver.api.core.cql.ExecutionInfo executionInfo() {
    return result.getExecutionInfo();
  }

  @Override
  protected void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("result set");
    }
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    if (afterLast) {
      return false;
    }
    try {
      if ((maxRows > 0 && rowNumber >= maxRows) || !hasNextRow()) {
        row = null;
        afterLast = true;
        return false;
      }
      row = rows.next();
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
    rowNumber++;
    return true;
  }

  /** Whether a row follows, fetching the next page (cancellable) when this one is consumed. */
  private boolean hasNextRow() {
    control.check();
    while (!rows.hasNext()) {
      if (!result.hasMorePages()) {
        return false;
      }
      AsyncResultSet done = result;
      // fetchNextPage builds the next request from the page's paging state: asking again resumes
      result = resume.fetch(control, done::fetchNextPage);
      rows = result.currentPage().iterator();
    }
    return true;
  }

  private int at(int columnIndex) throws SQLException {
    checkOpen();
    if (row == null) {
      throw SqlErrors.create(
          SqlState.INVALID_CURSOR_STATE,
          afterLast
              ? "no current row: the result set is past its last row"
              : "no current row: call next() first");
    }
    int i = columns.index(columnIndex);
    wasNull = row.isNull(i);
    setWasNull(wasNull);
    return i;
  }

  private Object value(int i) throws SQLException {
    try {
      return wasNull ? null : row.getObject(i);
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
  }

  @Override
  protected Object rawValue(int columnIndex) throws SQLException {
    return value(at(columnIndex));
  }

  @Override
  protected CqlKind kind(int columnIndex) {
    return columns.kinds[columnIndex - 1];
  }

  @Override
  protected DataType type(int columnIndex) {
    return columns.types[columnIndex - 1];
  }

  // The getters below read primitive and text columns straight from the row (no boxing); every
  // other column, and every other getter, goes through ValueResultSet's one conversion.

  @Override
  public String getString(int columnIndex) throws SQLException {
    int i = at(columnIndex);
    CqlKind kind = columns.kinds[i];
    if (!wasNull && (kind == CqlKind.TEXT || kind == CqlKind.ASCII)) {
      return row.getString(i);
    }
    return ValueGetters.string(value(i), kind, columns.types[i]);
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    int i = at(columnIndex);
    if (columns.kinds[i] == CqlKind.BOOLEAN) {
      return row.getBoolean(i);
    }
    return ValueGetters.booleanValue(value(i), columns.kinds[i]);
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    return (byte) integral(at(columnIndex), Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    return (short) integral(at(columnIndex), Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    return (int) integral(at(columnIndex), Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    return integral(at(columnIndex), Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
  }

  /**
   * A whole number in [min, max]: integer columns are read as primitives (no boxing, no
   * BigDecimal), anything else through the exact conversion of {@link ValueGetters#longValue}.
   */
  private long integral(int i, long min, long max, String target) throws SQLException {
    if (wasNull) {
      return 0;
    }
    long n;
    try {
      switch (columns.kinds[i]) {
        case TINYINT -> n = row.getByte(i);
        case SMALLINT -> n = row.getShort(i);
        case INT -> n = row.getInt(i);
        case BIGINT, COUNTER -> n = row.getLong(i);
        default -> {
          return ValueGetters.longValue(value(i), columns.kinds[i], min, max, target);
        }
      }
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
    if (n < min || n > max) {
      throw SqlErrors.create(
          SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value " + n + " is out of the range of " + target);
    }
    return n;
  }

  /** A floating-point number: numeric primitive columns read without boxing. */
  private double floating(int i) throws SQLException {
    if (wasNull) {
      return 0;
    }
    try {
      return switch (columns.kinds[i]) {
        case DOUBLE -> row.getDouble(i);
        case FLOAT -> row.getFloat(i);
        case TINYINT -> row.getByte(i);
        case SMALLINT -> row.getShort(i);
        case INT -> row.getInt(i);
        case BIGINT, COUNTER -> row.getLong(i);
        default -> ValueGetters.doubleValue(value(i), columns.kinds[i]);
      };
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    int i = at(columnIndex);
    return columns.kinds[i] == CqlKind.FLOAT && !wasNull
        ? row.getFloat(i)
        : ValueGetters.toFloat(floating(i));
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    return floating(at(columnIndex));
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    checkOpen();
    return columns.find(columnLabel);
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new CqlResultSetMetaData(columns);
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rowNumber == 0 && !afterLast && hasMore();
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return afterLast && rowNumber > 0;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return rowNumber == 1 && row != null;
  }

  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    return row != null && !hasMore();
  }

  private boolean hasMore() throws SQLException {
    try {
      return (maxRows <= 0 || rowNumber < maxRows) && hasNextRow();
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return row == null ? 0 : (int) Math.min(rowNumber, Integer.MAX_VALUE);
  }

  @Override
  public Statement getStatement() throws SQLException {
    checkOpen();
    return statement;
  }

  @Override
  public void close() {
    closed = true;
    row = null;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    if (iface.isInstance(result)) {
      return iface.cast(result);
    }
    throw SqlErrors.create(SqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this) || iface.isInstance(result);
  }
}
