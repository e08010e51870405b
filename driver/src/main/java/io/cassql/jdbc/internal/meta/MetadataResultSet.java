package io.cassql.jdbc.internal.meta;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.jdbc.internal.jdbc.ForwardOnlyReadOnlyResultSet;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A metadata result set held in memory: a fixed shape and rows of plain values. */
final class MetadataResultSet extends ForwardOnlyReadOnlyResultSet {
  private final MetadataShape shape;
  private final Iterator<Object[]> rows;
  private Object[] row;
  private int rowNumber;
  private boolean wasNull;
  private boolean closed;

  MetadataResultSet(MetadataShape shape, List<Object[]> rows) {
    this.shape = shape;
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

  private Object value(int column) throws SQLException {
    checkOpen();
    if (row == null) {
      throw SqlErrors.create(SqlState.INVALID_CURSOR_STATE, "no current row");
    }
    if (column < 1 || column > shape.names().length) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX, "column index " + column + " is out of range");
    }
    Object v = row[column - 1];
    wasNull = v == null;
    return v;
  }

  private Number number(int column) throws SQLException {
    Object v = value(column);
    if (v == null) {
      return 0;
    }
    if (v instanceof Number n) {
      return n;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    try {
      return new BigDecimal(v.toString().trim());
    } catch (NumberFormatException e) {
      throw SqlErrors.create(
          SqlState.INVALID_CHARACTER_VALUE_FOR_CAST, "'" + v + "' is not a number");
    }
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return wasNull;
  }

  @Override
  public String getString(int column) throws SQLException {
    Object v = value(column);
    return v == null ? null : v.toString();
  }

  @Override
  public boolean getBoolean(int column) throws SQLException {
    Object v = value(column);
    return v instanceof Boolean b ? b : v != null && number(column).intValue() != 0;
  }

  @Override
  public byte getByte(int column) throws SQLException {
    return number(column).byteValue();
  }

  @Override
  public short getShort(int column) throws SQLException {
    return number(column).shortValue();
  }

  @Override
  public int getInt(int column) throws SQLException {
    return number(column).intValue();
  }

  @Override
  public long getLong(int column) throws SQLException {
    return number(column).longValue();
  }

  @Override
  public float getFloat(int column) throws SQLException {
    return number(column).floatValue();
  }

  @Override
  public double getDouble(int column) throws SQLException {
    return number(column).doubleValue();
  }

  @Override
  public BigDecimal getBigDecimal(int column) throws SQLException {
    return value(column) == null ? null : new BigDecimal(number(column).toString());
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int column, int scale) throws SQLException {
    BigDecimal d = getBigDecimal(column);
    return d == null ? null : d.setScale(scale, java.math.RoundingMode.HALF_UP);
  }

  @Override
  public Object getObject(int column) throws SQLException {
    return value(column);
  }

  @Override
  public <T> T getObject(int column, Class<T> type) throws SQLException {
    Object v = value(column);
    if (v == null || type.isInstance(v)) {
      return type.cast(v);
    }
    if (type == String.class) {
      return type.cast(v.toString());
    }
    if (type == Integer.class) {
      return type.cast(number(column).intValue());
    }
    if (type == Long.class) {
      return type.cast(number(column).longValue());
    }
    if (type == Short.class) {
      return type.cast(number(column).shortValue());
    }
    throw SqlErrors.create(
        SqlState.INVALID_CHARACTER_VALUE_FOR_CAST,
        "cannot read " + v + " as " + type.getSimpleName());
  }

  @Override
  public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
    return getObject(column);
  }

  private SQLException notThisType(String what) {
    return SqlErrors.create(
        SqlState.INVALID_CHARACTER_VALUE_FOR_CAST, "metadata columns hold no " + what);
  }

  @Override
  public byte[] getBytes(int column) throws SQLException {
    throw notThisType("binary values");
  }

  @Override
  public Date getDate(int column) throws SQLException {
    throw notThisType("dates");
  }

  @Override
  public Date getDate(int column, Calendar cal) throws SQLException {
    throw notThisType("dates");
  }

  @Override
  public Time getTime(int column) throws SQLException {
    throw notThisType("times");
  }

  @Override
  public Time getTime(int column, Calendar cal) throws SQLException {
    throw notThisType("times");
  }

  @Override
  public Timestamp getTimestamp(int column) throws SQLException {
    throw notThisType("timestamps");
  }

  @Override
  public Timestamp getTimestamp(int column, Calendar cal) throws SQLException {
    throw notThisType("timestamps");
  }

  @Override
  public InputStream getAsciiStream(int column) throws SQLException {
    throw notThisType("streams");
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int column) throws SQLException {
    throw notThisType("streams");
  }

  @Override
  public InputStream getBinaryStream(int column) throws SQLException {
    throw notThisType("streams");
  }

  @Override
  public Reader getCharacterStream(int column) throws SQLException {
    String s = getString(column);
    return s == null ? null : new StringReader(s);
  }

  @Override
  public String getNString(int column) throws SQLException {
    return getString(column);
  }

  @Override
  public Reader getNCharacterStream(int column) throws SQLException {
    return getCharacterStream(column);
  }

  @Override
  public URL getURL(int column) throws SQLException {
    throw notThisType("URLs");
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
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
  }

  @Override
  public int getFetchDirection() {
    return FETCH_FORWARD;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
  }

  @Override
  public int getFetchSize() {
    return 0;
  }

  @Override
  public int getType() {
    return TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() {
    return CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() {
    return HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public Statement getStatement() {
    return null;
  }

  @Override
  public SQLWarning getWarnings() {
    return null;
  }

  @Override
  public void clearWarnings() {}

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
