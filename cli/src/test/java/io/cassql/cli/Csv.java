package io.cassql.cli;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields, doubled quotes. */
final class Csv {
  private Csv() {}

  /**
   * The records of {@code text}; an unquoted empty field is null, a quoted one the empty string.
   */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        if (field.length() > 0) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        record.add(wasQuoted || field.length() > 0 ? field.toString() : null);
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(wasQuoted || field.length() > 0 ? field.toString() : null);
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("bare line break outside quotes at " + i);
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted || field.length() > 0 || !record.isEmpty()) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return records;
  }
}
