package io.cassql.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned text table. */
public final class TablePrinter {
  private TablePrinter() {}

  /** Prints every row of {@code rs} (up to {@code limit}) and returns the number printed. */
  public static int print(ResultSet rs, PrintStream out, int limit) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[n];
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      header[i] = md.getColumnLabel(i + 1);
      width[i] = header[i].length();
    }
    while (rows.size() < limit && rs.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        String v = rs.getString(i + 1);
        row[i] = v == null ? "NULL" : v;
        for (String line : row[i].split("\n")) {
          width[i] = Math.max(width[i], line.length());
        }
      }
      rows.add(row);
    }
    line(out, header, width);
    StringBuilder rule = new StringBuilder();
    for (int w : width) {
      rule.append("-".repeat(w)).append("-+-");
    }
    out.println(rule.substring(0, Math.max(0, rule.length() - 3)));
    rows.forEach(r -> line(out, r, width));
    out.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
    return rows.size();
  }

  private static void line(PrintStream out, String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(" | ");
      }
      sb.append(String.format("%-" + width[i] + "s", cells[i]));
    }
    out.println(sb.toString().stripTrailing());
  }
}
