package io.cassql.jdbc.internal.error;

import java.util.regex.Pattern;

/** Removes passwords from text that may reach a message, a log or {@code toString}. */
public final class Redactor {
  private static final Pattern URL_SECRET =
      Pattern.compile(
          "(?i)([?&;](?:password|pwd|sslTrustStorePassword|sslKeyStorePassword)=)[^&;]*");
  private static final Pattern CQL_SECRET =
      Pattern.compile("(?i)(password\\s*[=:]\\s*)('(?:[^']|'')*'|\\$\\$.*?\\$\\$|\"[^\"]*\")");

  private Redactor() {}

  /** {@code text} with URL password values and CQL {@code PASSWORD = '...'} literals masked. */
  public static String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = URL_SECRET.matcher(text).replaceAll("$1***");
    return CQL_SECRET.matcher(out).replaceAll("$1'***'");
  }
}
