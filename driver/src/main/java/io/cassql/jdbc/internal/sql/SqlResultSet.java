package io.cassql.jdbc.internal.sql;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.CalciteErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.jdbc.internal.value.ValueGetters;
import io.cassql.jdbc.internal.value.ValueResultSet;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.exec.HeapGuard;
import io.cassql.sql.exec.MemoryBudget;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.exec.QueryMemory;
import io.cassql.sql.exec.SqlValues;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Calendar;
import org.apache.calcite.linq4j.Enumerator;

/**
 * The rows of one execution of a compiled SQL-mode plan, computed as the caller advances (pushed
 * scans read page by page; in-memory joins, sorts and aggregates work as their input arrives). The
 * first row is computed when the query is executed, so that errors of the plan surface there. Each
 * advance checks the execution's cancel flag and deadline.
 */
final class SqlResultSet extends ValueResultSet {
  private final Statement statement;
  private final SqlColumns columns;
  private final boolean arrayRows;
  private final QueryControl control;
  private final long maxRows;
  private final Enumerator<Object> rows;
  private Object[] row;
  private Object[] lookahead;
  private long rowNumber;
  private boolean afterLast;
  private boolean closed;

  private SqlResultSet(
      Statement statement,
      QueryPlan plan,
      Enumerator<Object> rows,
      QueryControl control,
      long maxRows,
      int fetchSize) {
    super(fetchSize);
    this.statement = statement;
    this.columns = new SqlColumns(plan.columns());
    this.arrayRows = plan.arrayRows();
    this.rows = rows;
    this.control = control;
    this.maxRows = maxRows;
  }

  /**
   * Executes {@code plan} with {@code parameters} (Calcite's run-time values) and computes the
   * first row.
   */
  static SqlResultSet open(
      Statement statement,
      QueryPlan plan,
      Object[] parameters,
      CqlExecutor executor,
      QueryMemory memory,
      QueryControl control,
      long maxRows,
      int fetchSize)
      throws SQLException {
    Enumerator<Object> rows;
    control.trackMemory(memory);
    HeapGuard.started(control);
    try {
      rows = plan.bind(parameters, executor, control).enumerator();
    } catch (RuntimeException | Error e) {
      HeapGuard.finished(control);
      throw translate(e);
    }
    SqlResultSet rs = new SqlResultSet(statement, plan, rows, control, maxRows, fetchSize);
    rs.lookahead = rs.fetch();
    return rs;
  }

  /** The next row from the plan, or null after the last; failures translated, the plan closed. */
  private Object[] fetch() throws SQLException {
    try {
      control.check();
      if (!rows.moveNext()) {
        closeRows();
        return null;
      }
      Object r = rows.current();
      return arrayRows ? (Object[]) r : new Object[] {r};
    } catch (RuntimeException | Error e) {
      closeRows();
      throw translate(e);
    }
  }

  /**
   * The SQLException for a failure of the plan. A heap exhausted while the plan ran (the budget and
   * the heap guard came too late, a single allocation too large) is this query's own failure: its
   * rows are unreachable once it has unwound, so it fails with 53200 and the JVM goes on; other
   * virtual-machine errors are thrown as they are.
   */
  private static SQLException translate(Throwable e) {
    if (e instanceof OutOfMemoryError oom) {
      return SqlErrors.create(
          SqlState.OUT_OF_MEMORY,
          "the query ran out of memory while its in-memory operators kept rows ("
              + "heap limit "
              + MemoryBudget.format(MemoryBudget.heapLimit())
              + "): "
              + oom.getMessage()
              + "; narrow the query (WHERE, LIMIT, fewer columns) or lower maxQueryMemory",
          oom);
    }
    if (e instanceof VirtualMachineError v && !(v instanceof StackOverflowError)) {
      throw v;
    }
    return CalciteErrorTranslator.translate(e);
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
    Object[] next = lookahead;
    if (next == null || (maxRows > 0 && rowNumber >= maxRows)) {
      row = null;
      afterLast = true;
      closeRows();
      return false;
    }
    row = next;
    rowNumber++;
    lookahead = maxRows > 0 && rowNumber >= maxRows ? null : fetch();
    return true;
  }

  @Override
  protected Object rawValue(int columnIndex) throws SQLException {
    int i = rowIndex(columnIndex);
    return SqlValues.toDriver(row[i], columns.list.get(i).kind());
  }

  /** The 0-based index of a column of the current row; checks the result set, index and cursor. */
  private int rowIndex(int columnIndex) throws SQLException {
    checkOpen();
    int i = columns.index(columnIndex);
    if (row == null) {
      throw SqlErrors.create(
          SqlState.INVALID_CURSOR_STATE,
          afterLast
              ? "no current row: the result set is past its last row"
              : "no current row: call next() first");
    }
    return i;
  }

  /**
   * A DATE column's day count goes straight to its {@code java.sql.Date}, without the LocalDate the
   * value layer's general path makes first (the same day start in the same zone).
   */
  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    int i = rowIndex(columnIndex);
    if (row[i] instanceof Integer day && columns.kind(i) == CqlKind.DATE) {
      setWasNull(false);
      return ValueGetters.dateOfDay(day, cal);
    }
    return super.getDate(columnIndex, cal);
  }

  @Override
  protected CqlKind kind(int columnIndex) {
    return columns.kind(columnIndex - 1);
  }

  @Override
  protected DataType type(int columnIndex) {
    return null;
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    checkOpen();
    return columns.find(columnLabel);
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new SqlResultSetMetaData(columns);
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rowNumber == 0 && !afterLast && lookahead != null;
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
    return row != null && lookahead == null;
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

  /** Closes the plan's enumerators, which abandons the scans still reading. */
  private void closeRows() {
    HeapGuard.finished(control);
    try {
      rows.close();
    } catch (RuntimeException ignored) {
      // a scan that fails to close has nothing left to give
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      row = null;
      lookahead = null;
      closeRows();
      SqlWarmUp.resultClosed();
    }
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
    throw SqlErrors.create(SqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
