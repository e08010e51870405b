package io.cassql.jdbc.internal.sql;

import java.util.Locale;
import java.util.Set;

/** Tells SQL queries from other statements, for the routing of auto mode. */
final class SqlText {
  private static final Set<String> QUERY_WORDS = Set.of("SELECT", "WITH", "VALUES", "EXPLAIN", "(", "{");

  private SqlText() {}

  /** Whether {@code sql} starts like a SQL query (after comments and blanks). */
  static boolean looksLikeQuery(String sql) {
    String s = stripLeadingComments(sql);
    if (s.startsWith("(") || s.startsWith("{")) {
      return true;
    }
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return QUERY_WORDS.contains(s.substring(0, end).toUpperCase(Locale.ROOT));
  }

  private static String stripLeadingComments(String sql) {
    String s = sql.stripLeading();
    while (true) {
      if (s.startsWith("--")) {
        int nl = s.indexOf('\n');
        s = nl < 0 ? "" : s.substring(nl + 1).stripLeading();
      } else if (s.startsWith("/*")) {
        int close = s.indexOf("*/");
        s = close < 0 ? "" : s.substring(close + 2).stripLeading();
      } else {
        return s;
      }
    }
  }
}
