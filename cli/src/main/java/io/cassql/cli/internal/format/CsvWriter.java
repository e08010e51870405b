package io.cassql.cli.internal.format;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, comma, CR or LF,
 * quotes doubled. Null is an empty field; the empty string is {@code ""}.
 */
public final class CsvWriter {
  private final Writer out;

  /** A writer appending to {@code out}. */
  public CsvWriter(Writer out) {
    this.out = out;
  }

  /** Writes one record of already formatted fields (null for null). */
  public void record(String[] fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields[i]);
    }
    out.write("\r\n");
  }

  /** Writes one record of values, formatted by {@link ValueText}. */
  public void values(Object[] values) throws IOException {
    String[] fields = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      fields[i] = ValueText.of(values[i]);
    }
    record(fields);
  }

  private void field(String s) throws IOException {
    if (s == null) {
      return;
    }
    if (s.isEmpty() || needsQuotes(s)) {
      out.write('"');
      out.write(s.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(s);
    }
  }

  private static boolean needsQuotes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == ',' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
