package io.cassql.cli.internal.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Quoting of SQL identifiers and splitting of dotted names such as {@code ks."My.Table"}. */
public final class Identifiers {
  private Identifiers() {}

  /** {@code name} between quotes, inner quotes doubled. */
  public static String quote(String name, String quote) {
    return quote + name.replace(quote, quote + quote) + quote;
  }

  /**
   * Each dot-separated part of {@code name} quoted; parts already in double quotes kept as written.
   */
  public static String quoteQualified(String name, String quote) {
    return split(name).stream().map(p -> quote(p, quote)).collect(Collectors.joining("."));
  }

  /**
   * The parts of a dotted name, with double-quoted parts unquoted ({@code a."b.c"} gives a, b.c).
   */
  public static List<String> split(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
          part.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '.' && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /** The URL with values of password-like parameters replaced by {@code ***}. */
  public static String maskPasswords(String url) {
    return url.replaceAll("(?i)((?:password|pwd|sslTrustStorePassword)=)[^;&]*", "$1***");
  }
}
