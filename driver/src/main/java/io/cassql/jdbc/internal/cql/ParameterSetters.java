package io.cassql.jdbc.internal.cql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/** Every {@code setX} of {@link java.sql.PreparedStatement}, funnelled into one {@link #set}. */
public abstract class ParameterSetters extends CqlStatement implements java.sql.PreparedStatement {

  protected ParameterSetters(ConnectionContext connection) {
    super(connection);
  }

  /** Converts and stores the value of one parameter (1-based). */
  protected abstract void set(int parameterIndex, Object value) throws SQLException;

  @Override
  public boolean execute(String sql) throws SQLException {
    throw SqlErrors.notSupported("execute(String) on a PreparedStatement");
  }

  @Override
  public java.sql.ResultSet executeQuery(String sql) throws SQLException {
    throw SqlErrors.notSupported("executeQuery(String) on a PreparedStatement");
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    throw SqlErrors.notSupported("executeUpdate(String) on a PreparedStatement");
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw SqlErrors.notSupported("addBatch(String) on a PreparedStatement");
  }

  private static byte[] readBytes(InputStream in) throws SQLException {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw SqlErrors.create(
          SqlState.DATA_EXCEPTION, "could not read the parameter stream: " + e.getMessage(), e);
    }
  }

  private static String readAscii(InputStream in) throws SQLException {
    return new String(readBytes(in), StandardCharsets.US_ASCII);
  }

  private static String readUnicode(InputStream in) throws SQLException {
    return new String(readBytes(in), StandardCharsets.UTF_16BE);
  }

  private static String readChars(Reader in) throws SQLException {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw SqlErrors.create(
          SqlState.DATA_EXCEPTION, "could not read the parameter reader: " + e.getMessage(), e);
    }
  }

  @Override
  public void setNull(int p0, int p1) throws SQLException {
    set(p0, null);
  }

  @Override
  public void setBoolean(int p0, boolean p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setByte(int p0, byte p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setShort(int p0, short p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setInt(int p0, int p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setLong(int p0, long p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setFloat(int p0, float p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setDouble(int p0, double p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setBigDecimal(int p0, java.math.BigDecimal p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setString(int p0, String p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setBytes(int p0, byte[] p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setDate(int p0, java.sql.Date p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setTime(int p0, java.sql.Time p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setTimestamp(int p0, java.sql.Timestamp p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setAsciiStream(int p0, java.io.InputStream p1, int p2) throws SQLException {
    set(p0, p1 == null ? null : readAscii(p1));
  }

  @Override
  @Deprecated
  public void setUnicodeStream(int p0, java.io.InputStream p1, int p2) throws SQLException {
    set(p0, p1 == null ? null : readUnicode(p1));
  }

  @Override
  public void setBinaryStream(int p0, java.io.InputStream p1, int p2) throws SQLException {
    set(p0, p1 == null ? null : readBytes(p1));
  }

  @Override
  public void setObject(int p0, Object p1, int p2) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setObject(int p0, Object p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setCharacterStream(int p0, java.io.Reader p1, int p2) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setRef(int p0, java.sql.Ref p1) throws SQLException {
    throw SqlErrors.notSupported("PreparedStatement.setRef with a Ref");
  }

  @Override
  public void setBlob(int p0, java.sql.Blob p1) throws SQLException {
    throw SqlErrors.notSupported("PreparedStatement.setBlob with a Blob");
  }

  @Override
  public void setClob(int p0, java.sql.Clob p1) throws SQLException {
    throw SqlErrors.notSupported("PreparedStatement.setClob with a Clob");
  }

  @Override
  public void setArray(int p0, java.sql.Array p1) throws SQLException {
    throw SqlErrors.notSupported("PreparedStatement.setArray with a Array");
  }

  @Override
  public void setDate(int p0, java.sql.Date p1, java.util.Calendar p2) throws SQLException {
    set(p0, p1 == null ? null : TemporalParameters.date(p1, p2));
  }

  @Override
  public void setTime(int p0, java.sql.Time p1, java.util.Calendar p2) throws SQLException {
    set(p0, p1 == null ? null : TemporalParameters.time(p1, p2));
  }

  @Override
  public void setTimestamp(int p0, java.sql.Timestamp p1, java.util.Calendar p2)
      throws SQLException {
    set(p0, p1 == null ? null : TemporalParameters.timestamp(p1, p2));
  }

  @Override
  public void setNull(int p0, int p1, String p2) throws SQLException {
    set(p0, null);
  }

  @Override
  public void setURL(int p0, java.net.URL p1) throws SQLException {
    set(p0, p1 == null ? null : p1.toString());
  }

  @Override
  public void setRowId(int p0, java.sql.RowId p1) throws SQLException {
    throw SqlErrors.notSupported("PreparedStatement.setRowId with a RowId");
  }

  @Override
  public void setNString(int p0, String p1) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setNCharacterStream(int p0, java.io.Reader p1, long p2) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setNClob(int p0, java.sql.NClob p1) throws SQLException {
    throw SqlErrors.notSupported("PreparedStatement.setNClob with a NClob");
  }

  @Override
  public void setClob(int p0, java.io.Reader p1, long p2) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setBlob(int p0, java.io.InputStream p1, long p2) throws SQLException {
    set(p0, p1 == null ? null : readBytes(p1));
  }

  @Override
  public void setNClob(int p0, java.io.Reader p1, long p2) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setSQLXML(int p0, java.sql.SQLXML p1) throws SQLException {
    throw SqlErrors.notSupported("PreparedStatement.setSQLXML with a SQLXML");
  }

  @Override
  public void setObject(int p0, Object p1, int p2, int p3) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setAsciiStream(int p0, java.io.InputStream p1, long p2) throws SQLException {
    set(p0, p1 == null ? null : readAscii(p1));
  }

  @Override
  public void setBinaryStream(int p0, java.io.InputStream p1, long p2) throws SQLException {
    set(p0, p1 == null ? null : readBytes(p1));
  }

  @Override
  public void setCharacterStream(int p0, java.io.Reader p1, long p2) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setAsciiStream(int p0, java.io.InputStream p1) throws SQLException {
    set(p0, p1 == null ? null : readAscii(p1));
  }

  @Override
  public void setBinaryStream(int p0, java.io.InputStream p1) throws SQLException {
    set(p0, p1 == null ? null : readBytes(p1));
  }

  @Override
  public void setCharacterStream(int p0, java.io.Reader p1) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setNCharacterStream(int p0, java.io.Reader p1) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setClob(int p0, java.io.Reader p1) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setBlob(int p0, java.io.InputStream p1) throws SQLException {
    set(p0, p1 == null ? null : readBytes(p1));
  }

  @Override
  public void setNClob(int p0, java.io.Reader p1) throws SQLException {
    set(p0, p1 == null ? null : readChars(p1));
  }

  @Override
  public void setObject(int p0, Object p1, java.sql.SQLType p2, int p3) throws SQLException {
    set(p0, p1);
  }

  @Override
  public void setObject(int p0, Object p1, java.sql.SQLType p2) throws SQLException {
    set(p0, p1);
  }
}
