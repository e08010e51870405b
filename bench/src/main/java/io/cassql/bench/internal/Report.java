package io.cassql.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's markdown report: a summary of ratios against targets, then one section per
 * measurement. Sections are printed as they finish; the whole is printed and written at the end.
 */
public final class Report {
  private final StringBuilder sections = new StringBuilder();
  private final MarkdownTable summary =
      new MarkdownTable("Measurement", "Ratio", "Target", "Held", "Medians");
  private final List<String> preamble = new ArrayList<>();

  /** A line printed above the summary (machine, options). */
  public void preamble(String line) {
    preamble.add(line);
  }

  /** A ratio in the summary, with an optional target ({@code NaN}: none) it must reach. */
  public void ratio(String what, double ratio, double target, String medians) {
    String held = Double.isNaN(target) ? "" : ratio >= target ? "yes" : "**no**";
    summary.row(what, fmt(ratio), Double.isNaN(target) ? "" : "≥ " + fmt(target), held, medians);
  }

  /** A non-ratio result in the summary (e.g. a heap peak, a skipped measurement). */
  public void fact(String what, String value, String target, String held, String detail) {
    summary.row(what, value, target, held, detail);
  }

  /** Adds a finished section and prints it. */
  public void section(String title, String note, MarkdownTable table) {
    StringBuilder s = new StringBuilder();
    s.append("\n## ").append(title).append("\n\n");
    if (note != null && !note.isEmpty()) {
      s.append(note).append("\n\n");
    }
    s.append(table.render());
    sections.append(s);
    System.out.println(s);
    System.out.flush();
  }

  /** The whole report. */
  public String render() {
    StringBuilder s = new StringBuilder("# CasSQL benchmark results\n\n");
    preamble.forEach(p -> s.append(p).append("  \n"));
    s.append(
        "\nRatios are throughput relative to the baseline named in each row: baseline median time / "
            + "measured median time, so higher is better and 1.00 means as fast as the baseline.\n\n");
    s.append("## Summary\n\n").append(summary.render()).append(sections);
    return s.toString();
  }

  /** Prints the summary and writes the whole report to {@code file}. */
  public void finish(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, render(), StandardCharsets.UTF_8);
    System.out.println("\n## Summary\n\n" + summary.render());
    System.out.println("Full report: " + file.toAbsolutePath());
  }

  /** A number with two decimals. */
  public static String fmt(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
  }
}
