package io.cassql.sql.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The label of a result column as the SQL standard, H2 and PostgreSQL give it: a column read
 * unchanged from a table is labelled with its name even when another column of the result has the
 * same name ({@code SELECT * FROM a JOIN b} labels both key columns {@code id}). Calcite makes such
 * names unique by appending a number ({@code id0}); that number is dropped unless the query text
 * itself names the numbered label (an alias the user wrote).
 */
final class ColumnLabels {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private ColumnLabels() {}

  /**
   * The label of a column that Calcite labelled {@code calciteLabel}, read from table column {@code
   * columnName} (null when it is computed), in query text {@code sql}.
   */
  static String label(String calciteLabel, String columnName, String sql) {
    if (columnName == null
        || calciteLabel == null
        || calciteLabel.length() <= columnName.length()
        || !calciteLabel.startsWith(columnName)
        || !DIGITS.matcher(calciteLabel.substring(columnName.length())).matches()
        || namesLabel(sql, calciteLabel)) {
      return calciteLabel;
    }
    return columnName;
  }

  /** Whether {@code sql} contains {@code label} as a whole word, in any case. */
  private static boolean namesLabel(String sql, String label) {
    String text = sql.toLowerCase(Locale.ROOT);
    String word = label.toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      boolean startsWord = at == 0 || !isPart(text.charAt(at - 1));
      int end = at + word.length();
      boolean endsWord = end == text.length() || !isPart(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
