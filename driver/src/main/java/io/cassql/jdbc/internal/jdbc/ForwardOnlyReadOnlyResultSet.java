package io.cassql.jdbc.internal.jdbc;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * What every forward-only, read-only result set of the driver shares: its cursor settings (type,
 * concurrency, holdability, fetch direction and size, warnings) and the refusal of updates,
 * scrolling and SQL types Cassandra lacks, each through {@link SqlErrors#notSupported}.
 */
public abstract class ForwardOnlyReadOnlyResultSet implements ResultSet {
  private volatile int fetchSize;

  /** Throws HY010 when the result set is closed. */
  protected abstract void checkOpen() throws SQLException;

  /** Starts with the fetch size its statement had. */
  protected ForwardOnlyReadOnlyResultSet(int fetchSize) {
    this.fetchSize = fetchSize;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != FETCH_FORWARD) {
      throw SqlErrors.notSupported("a fetch direction other than FETCH_FORWARD");
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return FETCH_FORWARD;
  }

  /** A hint only: pages already requested keep their size. */
  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw SqlErrors.create(SqlState.INVALID_ATTRIBUTE_VALUE, "fetch size must be >= 0");
    }
    this.fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public int getType() throws SQLException {
    checkOpen();
    return TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() throws SQLException {
    checkOpen();
    return CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return HOLD_CURSORS_OVER_COMMIT;
  }

  /** Cassandra sends no warnings with rows: always none. */
  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public String getCursorName() throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getCursorName (Cassandra has no such type)");
  }

  @Override
  public void beforeFirst() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.beforeFirst (result sets are forward-only and read-only)");
  }

  @Override
  public void afterLast() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.afterLast (result sets are forward-only and read-only)");
  }

  @Override
  public boolean first() throws SQLException {
    throw SqlErrors.notSupported("ResultSet.first (result sets are forward-only and read-only)");
  }

  @Override
  public boolean last() throws SQLException {
    throw SqlErrors.notSupported("ResultSet.last (result sets are forward-only and read-only)");
  }

  @Override
  public boolean absolute(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.absolute (result sets are forward-only and read-only)");
  }

  @Override
  public boolean relative(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.relative (result sets are forward-only and read-only)");
  }

  @Override
  public boolean previous() throws SQLException {
    throw SqlErrors.notSupported("ResultSet.previous (result sets are forward-only and read-only)");
  }

  @Override
  public boolean rowUpdated() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean rowInserted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean rowDeleted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public void updateNull(int p0) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNull (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBoolean(int p0, boolean p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBoolean (result sets are forward-only and read-only)");
  }

  @Override
  public void updateByte(int p0, byte p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateByte (result sets are forward-only and read-only)");
  }

  @Override
  public void updateShort(int p0, short p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateShort (result sets are forward-only and read-only)");
  }

  @Override
  public void updateInt(int p0, int p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateInt (result sets are forward-only and read-only)");
  }

  @Override
  public void updateLong(int p0, long p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateLong (result sets are forward-only and read-only)");
  }

  @Override
  public void updateFloat(int p0, float p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateFloat (result sets are forward-only and read-only)");
  }

  @Override
  public void updateDouble(int p0, double p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateDouble (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBigDecimal(int p0, java.math.BigDecimal p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBigDecimal (result sets are forward-only and read-only)");
  }

  @Override
  public void updateString(int p0, String p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateString (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBytes(int p0, byte[] p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBytes (result sets are forward-only and read-only)");
  }

  @Override
  public void updateDate(int p0, java.sql.Date p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateDate (result sets are forward-only and read-only)");
  }

  @Override
  public void updateTime(int p0, java.sql.Time p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateTime (result sets are forward-only and read-only)");
  }

  @Override
  public void updateTimestamp(int p0, java.sql.Timestamp p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateTimestamp (result sets are forward-only and read-only)");
  }

  @Override
  public void updateAsciiStream(int p0, java.io.InputStream p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateAsciiStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBinaryStream(int p0, java.io.InputStream p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBinaryStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateCharacterStream(int p0, java.io.Reader p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateObject(int p0, Object p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateObject (result sets are forward-only and read-only)");
  }

  @Override
  public void updateObject(int p0, Object p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateObject (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNull(String p0) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNull (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBoolean(String p0, boolean p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBoolean (result sets are forward-only and read-only)");
  }

  @Override
  public void updateByte(String p0, byte p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateByte (result sets are forward-only and read-only)");
  }

  @Override
  public void updateShort(String p0, short p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateShort (result sets are forward-only and read-only)");
  }

  @Override
  public void updateInt(String p0, int p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateInt (result sets are forward-only and read-only)");
  }

  @Override
  public void updateLong(String p0, long p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateLong (result sets are forward-only and read-only)");
  }

  @Override
  public void updateFloat(String p0, float p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateFloat (result sets are forward-only and read-only)");
  }

  @Override
  public void updateDouble(String p0, double p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateDouble (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBigDecimal(String p0, java.math.BigDecimal p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBigDecimal (result sets are forward-only and read-only)");
  }

  @Override
  public void updateString(String p0, String p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateString (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBytes(String p0, byte[] p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBytes (result sets are forward-only and read-only)");
  }

  @Override
  public void updateDate(String p0, java.sql.Date p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateDate (result sets are forward-only and read-only)");
  }

  @Override
  public void updateTime(String p0, java.sql.Time p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateTime (result sets are forward-only and read-only)");
  }

  @Override
  public void updateTimestamp(String p0, java.sql.Timestamp p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateTimestamp (result sets are forward-only and read-only)");
  }

  @Override
  public void updateAsciiStream(String p0, java.io.InputStream p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateAsciiStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBinaryStream(String p0, java.io.InputStream p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBinaryStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateCharacterStream(String p0, java.io.Reader p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateObject(String p0, Object p1, int p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateObject (result sets are forward-only and read-only)");
  }

  @Override
  public void updateObject(String p0, Object p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateObject (result sets are forward-only and read-only)");
  }

  @Override
  public void insertRow() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.insertRow (result sets are forward-only and read-only)");
  }

  @Override
  public void updateRow() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateRow (result sets are forward-only and read-only)");
  }

  @Override
  public void deleteRow() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.deleteRow (result sets are forward-only and read-only)");
  }

  @Override
  public void refreshRow() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.refreshRow (result sets are forward-only and read-only)");
  }

  @Override
  public void cancelRowUpdates() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.cancelRowUpdates (result sets are forward-only and read-only)");
  }

  @Override
  public void moveToInsertRow() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.moveToInsertRow (result sets are forward-only and read-only)");
  }

  @Override
  public void moveToCurrentRow() throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.moveToCurrentRow (result sets are forward-only and read-only)");
  }

  @Override
  public java.sql.Ref getRef(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getRef (Cassandra has no such type)");
  }

  @Override
  public java.sql.Blob getBlob(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getBlob (Cassandra has no such type)");
  }

  @Override
  public java.sql.Clob getClob(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getClob (Cassandra has no such type)");
  }

  @Override
  public java.sql.Array getArray(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getArray (Cassandra has no such type)");
  }

  @Override
  public java.sql.Ref getRef(String p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getRef (Cassandra has no such type)");
  }

  @Override
  public java.sql.Blob getBlob(String p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getBlob (Cassandra has no such type)");
  }

  @Override
  public java.sql.Clob getClob(String p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getClob (Cassandra has no such type)");
  }

  @Override
  public java.sql.Array getArray(String p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getArray (Cassandra has no such type)");
  }

  @Override
  public void updateRef(int p0, java.sql.Ref p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateRef (result sets are forward-only and read-only)");
  }

  @Override
  public void updateRef(String p0, java.sql.Ref p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateRef (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBlob(int p0, java.sql.Blob p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBlob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBlob(String p0, java.sql.Blob p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBlob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateClob(int p0, java.sql.Clob p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateClob(String p0, java.sql.Clob p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateArray(int p0, java.sql.Array p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateArray (result sets are forward-only and read-only)");
  }

  @Override
  public void updateArray(String p0, java.sql.Array p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateArray (result sets are forward-only and read-only)");
  }

  @Override
  public java.sql.RowId getRowId(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getRowId (Cassandra has no such type)");
  }

  @Override
  public java.sql.RowId getRowId(String p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getRowId (Cassandra has no such type)");
  }

  @Override
  public void updateRowId(int p0, java.sql.RowId p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateRowId (result sets are forward-only and read-only)");
  }

  @Override
  public void updateRowId(String p0, java.sql.RowId p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateRowId (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNString(int p0, String p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNString (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNString(String p0, String p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNString (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNClob(int p0, java.sql.NClob p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNClob(String p0, java.sql.NClob p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNClob (result sets are forward-only and read-only)");
  }

  @Override
  public java.sql.NClob getNClob(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getNClob (Cassandra has no such type)");
  }

  @Override
  public java.sql.NClob getNClob(String p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getNClob (Cassandra has no such type)");
  }

  @Override
  public java.sql.SQLXML getSQLXML(int p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getSQLXML (Cassandra has no such type)");
  }

  @Override
  public java.sql.SQLXML getSQLXML(String p0) throws SQLException {
    throw SqlErrors.notSupported("ResultSet.getSQLXML (Cassandra has no such type)");
  }

  @Override
  public void updateSQLXML(int p0, java.sql.SQLXML p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateSQLXML (result sets are forward-only and read-only)");
  }

  @Override
  public void updateSQLXML(String p0, java.sql.SQLXML p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateSQLXML (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNCharacterStream(int p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNCharacterStream(String p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateAsciiStream(int p0, java.io.InputStream p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateAsciiStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBinaryStream(int p0, java.io.InputStream p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBinaryStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateCharacterStream(int p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateAsciiStream(String p0, java.io.InputStream p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateAsciiStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBinaryStream(String p0, java.io.InputStream p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBinaryStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateCharacterStream(String p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBlob(int p0, java.io.InputStream p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBlob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBlob(String p0, java.io.InputStream p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBlob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateClob(int p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateClob(String p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNClob(int p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNClob(String p0, java.io.Reader p1, long p2) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNCharacterStream(int p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNCharacterStream(String p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateAsciiStream(int p0, java.io.InputStream p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateAsciiStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBinaryStream(int p0, java.io.InputStream p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBinaryStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateCharacterStream(int p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateAsciiStream(String p0, java.io.InputStream p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateAsciiStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBinaryStream(String p0, java.io.InputStream p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBinaryStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateCharacterStream(String p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateCharacterStream (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBlob(int p0, java.io.InputStream p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBlob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateBlob(String p0, java.io.InputStream p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateBlob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateClob(int p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateClob(String p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNClob(int p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNClob (result sets are forward-only and read-only)");
  }

  @Override
  public void updateNClob(String p0, java.io.Reader p1) throws SQLException {
    throw SqlErrors.notSupported(
        "ResultSet.updateNClob (result sets are forward-only and read-only)");
  }

  // Getters by column label delegate to the getters by index.

  @Override
  public String getString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  @Override
  public boolean getBoolean(String label) throws SQLException {
    return getBoolean(findColumn(label));
  }

  @Override
  public byte getByte(String label) throws SQLException {
    return getByte(findColumn(label));
  }

  @Override
  public short getShort(String label) throws SQLException {
    return getShort(findColumn(label));
  }

  @Override
  public int getInt(String label) throws SQLException {
    return getInt(findColumn(label));
  }

  @Override
  public long getLong(String label) throws SQLException {
    return getLong(findColumn(label));
  }

  @Override
  public float getFloat(String label) throws SQLException {
    return getFloat(findColumn(label));
  }

  @Override
  public double getDouble(String label) throws SQLException {
    return getDouble(findColumn(label));
  }

  @Override
  @Deprecated
  public java.math.BigDecimal getBigDecimal(String label, int p1) throws SQLException {
    return getBigDecimal(findColumn(label), p1);
  }

  @Override
  public byte[] getBytes(String label) throws SQLException {
    return getBytes(findColumn(label));
  }

  @Override
  public java.sql.Date getDate(String label) throws SQLException {
    return getDate(findColumn(label));
  }

  @Override
  public java.sql.Time getTime(String label) throws SQLException {
    return getTime(findColumn(label));
  }

  @Override
  public java.sql.Timestamp getTimestamp(String label) throws SQLException {
    return getTimestamp(findColumn(label));
  }

  @Override
  public java.io.InputStream getAsciiStream(String label) throws SQLException {
    return getAsciiStream(findColumn(label));
  }

  @Override
  @Deprecated
  public java.io.InputStream getUnicodeStream(String label) throws SQLException {
    return getUnicodeStream(findColumn(label));
  }

  @Override
  public java.io.InputStream getBinaryStream(String label) throws SQLException {
    return getBinaryStream(findColumn(label));
  }

  @Override
  public Object getObject(String label) throws SQLException {
    return getObject(findColumn(label));
  }

  @Override
  public java.io.Reader getCharacterStream(String label) throws SQLException {
    return getCharacterStream(findColumn(label));
  }

  @Override
  public java.math.BigDecimal getBigDecimal(String label) throws SQLException {
    return getBigDecimal(findColumn(label));
  }

  @Override
  public Object getObject(String label, java.util.Map<String, Class<?>> map) throws SQLException {
    return getObject(findColumn(label), map);
  }

  @Override
  public java.sql.Date getDate(String label, java.util.Calendar p1) throws SQLException {
    return getDate(findColumn(label), p1);
  }

  @Override
  public java.sql.Time getTime(String label, java.util.Calendar p1) throws SQLException {
    return getTime(findColumn(label), p1);
  }

  @Override
  public java.sql.Timestamp getTimestamp(String label, java.util.Calendar p1) throws SQLException {
    return getTimestamp(findColumn(label), p1);
  }

  @Override
  public java.net.URL getURL(String label) throws SQLException {
    return getURL(findColumn(label));
  }

  @Override
  public String getNString(String label) throws SQLException {
    return getNString(findColumn(label));
  }

  @Override
  public java.io.Reader getNCharacterStream(String label) throws SQLException {
    return getNCharacterStream(findColumn(label));
  }

  @Override
  public <T> T getObject(String label, Class<T> p1) throws SQLException {
    return getObject(findColumn(label), p1);
  }
}
