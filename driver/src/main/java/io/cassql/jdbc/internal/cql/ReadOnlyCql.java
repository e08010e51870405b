package io.cassql.jdbc.internal.cql;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises CQL that only reads ({@code SELECT}), which is safe to retry on another node when a
 * node fails mid-request; writes are never marked idempotent, so the driver never re-sends them.
 */
public final class ReadOnlyCql {
  private static final Pattern LEADING_COMMENTS =
      Pattern.compile("^(\\s+|--[^\\n]*(\\n|$)|//[^\\n]*(\\n|$)|/\\*.*?\\*/)+", Pattern.DOTALL);

  private ReadOnlyCql() {}

  /** Whether {@code cql} is a SELECT (leading whitespace and comments ignored). */
  public static boolean isRead(String cql) {
    if (cql == null) {
      return false;
    }
    String text = LEADING_COMMENTS.matcher(cql).replaceFirst("");
    return text.length() >= 6
        && text.substring(0, 6).toUpperCase(Locale.ROOT).equals("SELECT")
        && (text.length() == 6
            || (!Character.isLetterOrDigit(text.charAt(6)) && text.charAt(6) != '_'));
  }
}
