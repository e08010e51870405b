package io.cassql.jdbc.internal.meta;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.jdbc.internal.value.ValueResultSet;
import io.cassql.schema.types.CqlKind;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Iterator;
import java.util.List;

/**
 * A metadata result set held in memory: a fixed shape and rows of plain values, read through the
 * same getters and conversions as query results.
 */
final class MetadataResultSet extends ValueResultSet {
  private final MetadataShape shape;
  private final CqlKind[] kinds;
  private final Iterator<Object[]> rows;
  private Object[] row;
  private int rowNumber;
  private boolean closed;

  MetadataResultSet(MetadataShape shape, List<Object[]> rows) {
    super(0);
    this.shape = shape;
    this.kinds = kinds(shape);
    this.rows = rows.iterator();
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
    if (!rows.hasNext()) {
      row = null;
      return false;
    }
    row = rows.next();
    rowNumber++;
    return true;
  }

  @Override
  protected Object rawValue(int column) throws SQLException {
    checkOpen();
    if (row == null) {
      throw SqlErrors.create(SqlState.INVALID_CURSOR_STATE, "no current row");
    }
    if (column < 1 || column > shape.names().length) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX, "column index " + column + " is out of range");
    }
    Object v = row[column - 1];
    return v != null && kinds[column - 1] == CqlKind.TEXT && !(v instanceof String)
        ? v.toString()
        : v;
  }

  @Override
  protected CqlKind kind(int column) {
    return kinds[column - 1];
  }

  /** Metadata columns are scalars: no CQL type is needed to show them. */
  @Override
  protected DataType type(int column) {
    return null;
  }

  private static CqlKind[] kinds(MetadataShape shape) {
    int[] types = shape.types();
    CqlKind[] kinds = new CqlKind[types.length];
    for (int i = 0; i < types.length; i++) {
      kinds[i] =
          switch (types[i]) {
            case Types.INTEGER -> CqlKind.INT;
            case Types.SMALLINT -> CqlKind.SMALLINT;
            case Types.BOOLEAN -> CqlKind.BOOLEAN;
            case Types.BIGINT -> CqlKind.BIGINT;
            default -> CqlKind.TEXT;
          };
    }
    return kinds;
  }

  @Override
  public int findColumn(String label) throws SQLException {
    checkOpen();
    String[] names = shape.names();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(label)) {
        return i + 1;
      }
    }
    throw SqlErrors.create(
        SqlState.UNDEFINED_COLUMN, "the result has no column named '" + label + "'");
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new MetadataResultSetMetaData(shape);
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return rowNumber == 0 && rows.hasNext();
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return rowNumber > 0 && row == null;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return rowNumber == 1 && row != null;
  }

  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    return row != null && !rows.hasNext();
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return row == null ? 0 : rowNumber;
  }

  @Override
  public Statement getStatement() {
    return null;
  }

  @Override
  public void close() {
    closed = true;
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
