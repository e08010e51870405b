package io.cassql.bench.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/** Reads every column of every row of a JDBC result set through its typed getter. */
public final class JdbcRows {
  private JdbcRows() {}

  /** Reads all rows, returns how many there were. */
  public static long readAll(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    int[] types = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      types[i] = md.getColumnType(i);
    }
    long rows = 0;
    long hash = 0;
    while (rs.next()) {
      rows++;
      for (int i = 1; i <= n; i++) {
        hash = 31 * hash + read(rs, i, types[i]);
      }
    }
    Blackhole.consume(hash);
    return rows;
  }

  private static long read(ResultSet rs, int i, int type) throws SQLException {
    switch (type) {
      case Types.BIGINT:
        return rs.getLong(i);
      case Types.INTEGER:
      case Types.SMALLINT:
      case Types.TINYINT:
        return rs.getInt(i);
      case Types.DECIMAL:
      case Types.NUMERIC:
        {
          BigDecimal d = rs.getBigDecimal(i);
          return d == null ? 0 : d.unscaledValue().longValue();
        }
      case Types.DATE:
        {
          Date d = rs.getDate(i);
          return d == null ? 0 : d.getTime();
        }
      case Types.DOUBLE:
      case Types.FLOAT:
      case Types.REAL:
        return Double.doubleToLongBits(rs.getDouble(i));
      case Types.VARCHAR:
      case Types.CHAR:
      case Types.LONGVARCHAR:
        {
          String s = rs.getString(i);
          return s == null ? 0 : s.length();
        }
      default:
        {
          Object o = rs.getObject(i);
          return o == null ? 0 : o.hashCode();
        }
    }
  }
}
