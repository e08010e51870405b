package io.cassql.jdbc.internal.sql;

import java.util.Locale;
import java.util.Set;

/** Tells SQL queries from other statements, for the routing of auto mode. */
final class SqlText {
  private static final Set<String> QUERY_WORDS =
      Set.of("SELECT", "WITH", "VALUES", "EXPLAIN", "(", "{");

  private static final Set<String> CQL_ONLY_WORDS =
      Set.of(
          "CREATE",
          "ALTER",
          "DROP",
          "TRUNCATE",
          "GRANT",
          "REVOKE",
          "USE",
          "BEGIN",
          "APPLY",
          "LIST");

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

  /** Whether {@code sql} is a statement only CQL has: DDL, permissions, {@code USE}, batches. */
  static boolean isCqlOnly(String sql) {
    return CQL_ONLY_WORDS.contains(firstWord(sql).toUpperCase(Locale.ROOT));
  }

  /** The first word of {@code sql} after comments and blanks. */
  static String firstWord(String sql) {
    String s = stripLeadingComments(sql);
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
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
