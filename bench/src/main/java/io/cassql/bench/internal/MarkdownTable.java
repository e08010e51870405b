package io.cassql.bench.internal;

import java.util.ArrayList;
import java.util.List;

/** A markdown table built row by row, rendered with aligned columns for reading on a terminal. */
public final class MarkdownTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column headers. */
  public MarkdownTable(String... headers) {
    this.headers = List.of(headers);
  }

  /** Adds a row (missing cells are empty). */
  public MarkdownTable row(String... cells) {
    List<String> row = new ArrayList<>(List.of(cells));
    while (row.size() < headers.size()) {
      row.add("");
    }
    rows.add(row);
    return this;
  }

  /** The table as markdown. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Math.max(3, headers.get(i).length());
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder s = new StringBuilder();
    line(s, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(s, rule, widths);
    rows.forEach(r -> line(s, r, widths));
    return s.toString();
  }

  private static void line(StringBuilder s, List<String> cells, int[] widths) {
    s.append('|');
    for (int i = 0; i < widths.length; i++) {
      String c = cells.get(i).replace("|", "\\|");
      s.append(' ').append(c).append(" ".repeat(Math.max(0, widths[i] - c.length()))).append(" |");
    }
    s.append('\n');
  }
}
