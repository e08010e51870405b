package io.cassql.jdbc.internal.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Rewrites the JDBC escapes BI tools send into SQL-92: {@code {d '…'}} → {@code DATE '…'}, {@code
 * {t '…'}} → {@code TIME '…'}, {@code {ts '…'}} → {@code TIMESTAMP '…'}, {@code {oj …}} → the join,
 * {@code {escape '…'}} → {@code ESCAPE '…'}; {@code {fn …}} stays for Calcite, which knows the JDBC
 * function names. Text in literals, quoted identifiers and comments is left alone.
 */
final class JdbcEscapes {
  private JdbcEscapes() {}

  static String rewrite(String sql) {
    if (sql.indexOf('{') < 0) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql.length());
    Deque<Boolean> keepBrace = new ArrayDeque<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(sql, i, c);
        out.append(sql, i, end);
        i = end;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        out.append(sql, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        out.append(sql, i, end);
        i = end;
      } else if (c == '{') {
        int k = i + 1;
        while (k < n && Character.isWhitespace(sql.charAt(k))) {
          k++;
        }
        int w = k;
        while (w < n && Character.isLetter(sql.charAt(w))) {
          w++;
        }
        String keyword = sql.substring(k, w).toLowerCase(Locale.ROOT);
        String replacement =
            switch (keyword) {
              case "d" -> "DATE";
              case "t" -> "TIME";
              case "ts" -> "TIMESTAMP";
              case "oj" -> "";
              case "escape" -> "ESCAPE";
              default -> null;
            };
        if (replacement == null) {
          keepBrace.push(true);
          out.append(c);
          i++;
        } else {
          keepBrace.push(false);
          out.append(replacement);
          i = w;
        }
      } else if (c == '}' && !keepBrace.isEmpty()) {
        if (keepBrace.pop()) {
          out.append(c);
        }
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index after the quote that closes the one at {@code start} (doubled quotes escape). */
  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
