package io.cassql.sql;

import io.cassql.sql.LiteralParameters.Parameterized;
import io.cassql.sql.LiteralParameters.Value;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers, per query shape, which literals {@link LiteralParameters} replaced, so that a text
 * that differs from an analysed one only in the values of its literals is parameterized without
 * being parsed: a plain statement with a new key ({@code WHERE id = 43} after {@code WHERE id =
 * 42}) costs a scan of its characters instead of a parse. The shape is the text with each literal
 * replaced by its class: a number by its digit pattern (so the same precision, scale and type), a
 * string by its length and whether it reads as a number, date or boolean (what decides its
 * treatment). Texts the scanner does not read with certainty (prefixed strings such as {@code
 * N'..'}, {@code ?} markers, back quotes, integers of ten digits or more) are always parsed.
 */
final class LiteralShapes {
  private static final int CACHED_SHAPES = 1024;

  /** What was replaced in the texts of one shape: per literal, its replacement or null. */
  private record Template(String[] replacements, int[] jdbcTypes) {}

  /** A literal in the text: {@code [start, end)}, and whether it is a quoted string. */
  record Literal(int start, int end, boolean string) {}

  /** A scanned text: its shape and its literals in order; null shape when it cannot be read. */
  record Scan(String shape, List<Literal> literals) {}

  private static final Map<String, Template> TEMPLATES =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Template> eldest) {
              return size() > CACHED_SHAPES;
            }
          });

  private static final java.util.concurrent.atomic.AtomicLong TEMPLATE_HITS =
      new java.util.concurrent.atomic.AtomicLong();

  private LiteralShapes() {}

  /** How many texts were parameterized from a remembered shape (without a parse), JVM-wide. */
  static long templateHits() {
    return TEMPLATE_HITS.get();
  }

  /**
   * The parameterized form of {@code sql} from its shape's template, or null when none is known.
   */
  static Parameterized fromTemplate(String sql, Scan scan) {
    if (scan.shape() == null) {
      return null;
    }
    Template t = TEMPLATES.get(scan.shape());
    if (t == null) {
      return null;
    }
    TEMPLATE_HITS.incrementAndGet();
    StringBuilder out = new StringBuilder(sql.length() + 32);
    List<Value> values = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < scan.literals().size(); i++) {
      String replacement = t.replacements()[i];
      if (replacement == null) {
        continue;
      }
      Literal l = scan.literals().get(i);
      out.append(sql, at, l.start()).append(replacement);
      values.add(value(sql.substring(l.start(), l.end()), t.jdbcTypes()[i]));
      at = l.end();
    }
    if (values.isEmpty()) {
      return new Parameterized(sql, List.of());
    }
    out.append(sql, at, sql.length());
    return new Parameterized(out.toString(), List.copyOf(values));
  }

  /**
   * Remembers what the parse replaced in {@code sql} ({@code replaced}: spans, replacements and
   * values), when each replaced span is exactly one scanned literal.
   */
  static void remember(
      Scan scan, List<int[]> spans, List<String> replacements, List<Value> values) {
    if (scan.shape() == null) {
      return;
    }
    int n = scan.literals().size();
    String[] r = new String[n];
    int[] types = new int[n];
    for (int k = 0; k < spans.size(); k++) {
      int[] span = spans.get(k);
      int i = indexOf(scan.literals(), span[0], span[1]);
      if (i < 0) {
        return; // a replaced span the scanner does not see as one literal (a signed number)
      }
      r[i] = replacements.get(k);
      types[i] = values.get(k).jdbcType();
    }
    TEMPLATES.put(scan.shape(), new Template(r, types));
  }

  private static int indexOf(List<Literal> literals, int start, int end) {
    for (int i = 0; i < literals.size(); i++) {
      if (literals.get(i).start() == start && literals.get(i).end() == end) {
        return i;
      }
    }
    return -1;
  }

  /** A literal's value as the parse gives it for {@code jdbcType}. */
  private static Value value(String written, int jdbcType) {
    return switch (jdbcType) {
      case Types.INTEGER -> new Value(Integer.parseInt(written), Types.INTEGER);
      case Types.DECIMAL -> new Value(new BigDecimal(written), Types.DECIMAL);
      case Types.DOUBLE -> new Value(new BigDecimal(written).doubleValue(), Types.DOUBLE);
      default ->
          new Value(written.substring(1, written.length() - 1).replace("''", "'"), Types.CHAR);
    };
  }

  /** Scans {@code sql} for its literals and shape. */
  static Scan scan(String sql) {
    StringBuilder shape = new StringBuilder(sql.length() + 16);
    List<Literal> literals = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'') {
        int end = stringEnd(sql, i);
        if (end < 0 || (i > 0 && isIdentifierPart(sql.charAt(i - 1)))) {
          return unreadable(); // unterminated, or prefixed (N'..', X'..', _charset'..')
        }
        String value = sql.substring(i + 1, end - 1).replace("''", "'");
        shape
            .append("\u0000S")
            .append(value.length())
            .append(LiteralParameters.readsAsOtherType(value) ? 'o' : 't')
            .append(value.isBlank() ? 'b' : 'c')
            .append('\u0000');
        literals.add(new Literal(i, end, true));
        i = end;
      } else if (c == '"') {
        int end = sql.indexOf('"', i + 1);
        while (end >= 0 && end + 1 < n && sql.charAt(end + 1) == '"') {
          end = sql.indexOf('"', end + 2);
        }
        if (end < 0) {
          return unreadable();
        }
        shape.append(sql, i, end + 1);
        i = end + 1;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        shape.append(sql, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        if (end < 0) {
          return unreadable();
        }
        shape.append(sql, i, end + 2);
        i = end + 2;
      } else if (isIdentifierStart(c)) {
        int end = i + 1;
        while (end < n && isIdentifierPart(sql.charAt(end))) {
          end++;
        }
        if (end < n && (sql.charAt(end) == '\'' || sql.charAt(end) == '&')) {
          return unreadable(); // a prefixed string or a Unicode escape (U&'..', U&"..")
        }
        shape.append(sql, i, end);
        i = end;
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql.charAt(i + 1)))) {
        int end = numberEnd(sql, i);
        if (end < n && (isIdentifierPart(sql.charAt(end)) || sql.charAt(end) == '.')) {
          return unreadable();
        }
        String written = sql.substring(i, end);
        if (written.endsWith(".")) {
          return unreadable(); // "5." is an integer whose type depends on its value
        }
        boolean integer =
            written.indexOf('.') < 0 && written.indexOf('e') < 0 && written.indexOf('E') < 0;
        if (integer && written.length() > 9) {
          return unreadable(); // INTEGER, BIGINT or DECIMAL by value, not by digit count
        }
        shape.append("\u0000N").append(written.replaceAll("[0-9]", "9")).append('\u0000');
        literals.add(new Literal(i, end, false));
        i = end;
      } else if (c == '?' || c == '`' || c == '\u0000') {
        return unreadable();
      } else {
        shape.append(c);
        i++;
      }
    }
    return new Scan(shape.toString(), literals);
  }

  private static Scan unreadable() {
    return new Scan(null, List.of());
  }

  /** The index after the closing quote of the string opening at {@code start}, or -1. */
  private static int stringEnd(String sql, int start) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == '\'') {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  private static int numberEnd(String sql, int start) {
    int n = sql.length();
    int i = start;
    while (i < n && isDigit(sql.charAt(i))) {
      i++;
    }
    if (i < n && sql.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(sql.charAt(i))) {
        i++;
      }
    }
    if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
        j++;
      }
      if (j < n && isDigit(sql.charAt(j))) {
        while (j < n && isDigit(sql.charAt(j))) {
          j++;
        }
        i = j;
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
