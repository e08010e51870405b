package io.cassql.jdbc.internal.value;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.jdbc.internal.jdbc.ForwardOnlyReadOnlyResultSet;
import io.cassql.schema.types.CqlKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * Every JDBC getter of a result set whose current row holds values in the Cassandra driver's form,
 * each through the one conversion of {@link ValueGetters}: a subclass says where the row is and
 * what kind each column is.
 */
public abstract class ValueResultSet extends ForwardOnlyReadOnlyResultSet {
  private boolean wasNull;

  /** Starts with the fetch size its statement had. */
  protected ValueResultSet(int fetchSize) {
    super(fetchSize);
  }

  /** Records whether the column a subclass's own fast getter just read was SQL NULL. */
  protected final void setWasNull(boolean wasNull) {
    this.wasNull = wasNull;
  }

  /**
   * The driver-form value of a column of the current row (1-based); checks the index and the
   * cursor.
   */
  protected abstract Object rawValue(int columnIndex) throws SQLException;

  /** The value kind of a column (1-based, already checked). */
  protected abstract CqlKind kind(int columnIndex);

  /**
   * The CQL type of a column, for JSON text of collections; null when the value is already text.
   */
  protected abstract DataType type(int columnIndex);

  private Object value(int columnIndex) throws SQLException {
    Object v = rawValue(columnIndex);
    wasNull = v == null;
    return v;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return wasNull;
  }

  @Override
  public String getString(int columnIndex) throws SQLException {
    Object v = value(columnIndex);
    return v instanceof String s ? s : ValueGetters.string(v, kind(columnIndex), type(columnIndex));
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    Object v = value(columnIndex);
    return v instanceof Boolean b ? b : ValueGetters.booleanValue(v, kind(columnIndex));
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    return (byte) integral(columnIndex, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    return (short) integral(columnIndex, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    return (int) integral(columnIndex, Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    return integral(columnIndex, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
  }

  private long integral(int columnIndex, long min, long max, String target) throws SQLException {
    Object v = value(columnIndex);
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      long n = ((Number) v).longValue();
      if (n < min || n > max) {
        throw SqlErrors.create(
            SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
            "value " + n + " is out of the range of " + target);
      }
      return n;
    }
    return ValueGetters.longValue(v, kind(columnIndex), min, max, target);
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    Object v = value(columnIndex);
    return v instanceof Float f ? f : ValueGetters.floatValue(v, kind(columnIndex));
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    return ValueGetters.doubleValue(value(columnIndex), kind(columnIndex));
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    return ValueGetters.decimal(value(columnIndex), kind(columnIndex), "DECIMAL");
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    BigDecimal d = getBigDecimal(columnIndex);
    return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    return ValueGetters.bytesValue(value(columnIndex), kind(columnIndex), type(columnIndex));
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    return getDate(columnIndex, null);
  }

  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    return ValueGetters.dateValue(value(columnIndex), kind(columnIndex), cal);
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    return getTime(columnIndex, null);
  }

  @Override
  public Time getTime(int columnIndex, Calendar cal) throws SQLException {
    return ValueGetters.timeValue(value(columnIndex), kind(columnIndex), cal);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    return getTimestamp(columnIndex, null);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
    return ValueGetters.timestampValue(value(columnIndex), kind(columnIndex), cal);
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    return ValueGetters.jdbcObject(value(columnIndex), kind(columnIndex), type(columnIndex));
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> target) throws SQLException {
    if (target == null) {
      throw SqlErrors.create(SqlState.INVALID_ATTRIBUTE_VALUE, "getObject needs a target class");
    }
    return ValueGetters.as(value(columnIndex), kind(columnIndex), type(columnIndex), target);
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    return getObject(columnIndex);
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    byte[] b = getBytes(columnIndex);
    return b == null ? null : new ByteArrayInputStream(b);
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    return s == null ? null : new StringReader(s);
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    return getString(columnIndex);
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    return getCharacterStream(columnIndex);
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    try {
      return s == null ? null : new java.net.URI(s).toURL();
    } catch (Exception e) {
      throw SqlErrors.create(SqlState.INVALID_CHARACTER_VALUE_FOR_CAST, "'" + s + "' is not a URL");
    }
  }
}
