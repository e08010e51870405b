package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Reads every column of raw Java-driver rows through its typed getter, as JdbcRows does for JDBC.
 */
public final class RawRows {
  private static final int BIGINT = 1;
  private static final int INT = 2;
  private static final int DECIMAL = 3;
  private static final int DATE = 4;
  private static final int TEXT = 5;
  private static final int OTHER = 6;

  private final int[] kinds;
  private long hash;

  /** A reader for rows of these columns. */
  public RawRows(ColumnDefinitions columns) {
    kinds = new int[columns.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = kind(columns.get(i).getType());
    }
  }

  private static int kind(DataType t) {
    if (t.equals(DataTypes.BIGINT)) {
      return BIGINT;
    } else if (t.equals(DataTypes.INT)) {
      return INT;
    } else if (t.equals(DataTypes.DECIMAL)) {
      return DECIMAL;
    } else if (t.equals(DataTypes.DATE)) {
      return DATE;
    } else if (t.equals(DataTypes.TEXT) || t.equals(DataTypes.ASCII)) {
      return TEXT;
    }
    return OTHER;
  }

  /** Reads one row's columns. */
  public void read(Row row) {
    long h = hash;
    for (int i = 0; i < kinds.length; i++) {
      h = 31 * h + value(row, i);
    }
    hash = h;
  }

  private long value(Row row, int i) {
    switch (kinds[i]) {
      case BIGINT:
        return row.getLong(i);
      case INT:
        return row.getInt(i);
      case DECIMAL:
        {
          BigDecimal d = row.getBigDecimal(i);
          return d == null ? 0 : d.unscaledValue().longValue();
        }
      case DATE:
        {
          LocalDate d = row.getLocalDate(i);
          return d == null ? 0 : d.toEpochDay();
        }
      case TEXT:
        {
          String s = row.getString(i);
          return s == null ? 0 : s.length();
        }
      default:
        {
          Object o = row.getObject(i);
          return o == null ? 0 : o.hashCode();
        }
    }
  }

  /** Hands the accumulated hash to the blackhole. */
  public void finish() {
    Blackhole.consume(hash);
  }
}
