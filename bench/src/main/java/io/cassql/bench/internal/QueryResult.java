package io.cassql.bench.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a query returned, kept to compare CasSQL's answer with H2's (numbers within a
 * tolerance).
 */
public final class QueryResult {
  private final List<List<Object>> rows;

  /** A result of these rows. */
  public QueryResult(List<List<Object>> rows) {
    this.rows = rows;
  }

  /** The rows (serializable values: numbers, strings, java.sql dates). */
  @SuppressWarnings("NonApiType") // written with ObjectOutputStream: a concrete serializable list
  public ArrayList<List<Object>> rows() {
    return new ArrayList<>(rows);
  }

  /** Reads every row of {@code rs}. */
  public static QueryResult read(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(rs.getObject(i));
      }
      rows.add(row);
    }
    return new QueryResult(rows);
  }

  /** How many rows. */
  public int rowCount() {
    return rows.size();
  }

  /** Null when equal, else where the first difference is. */
  public String difference(QueryResult other) {
    if (rows.size() != other.rows.size()) {
      return rows.size() + " rows vs " + other.rows.size();
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> a = rows.get(r);
      List<Object> b = other.rows.get(r);
      if (a.size() != b.size()) {
        return "row " + (r + 1) + ": " + a.size() + " columns vs " + b.size();
      }
      for (int c = 0; c < a.size(); c++) {
        if (!same(a.get(c), b.get(c))) {
          return "row " + (r + 1) + " column " + (c + 1) + ": " + a.get(c) + " vs " + b.get(c);
        }
      }
    }
    return null;
  }

  private static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Number && b instanceof Number) {
      BigDecimal x = new BigDecimal(a.toString());
      BigDecimal y = new BigDecimal(b.toString());
      // relative 1e-6, or one unit in the last place of the less precise side (AVG and division
      // keep the argument's scale in Calcite, more digits in H2: an implementation-defined type)
      BigDecimal tolerance =
          x.abs()
              .max(BigDecimal.ONE)
              .multiply(new BigDecimal("1e-6"))
              .max(
                  Math.min(x.scale(), y.scale()) > 0
                      ? BigDecimal.ONE.movePointLeft(Math.min(x.scale(), y.scale()))
                      : BigDecimal.ZERO);
      return x.subtract(y).abs().compareTo(tolerance) <= 0;
    }
    return a.toString().trim().equals(b.toString().trim());
  }
}
