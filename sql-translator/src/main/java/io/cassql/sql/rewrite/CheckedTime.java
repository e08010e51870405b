package io.cassql.sql.rewrite;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.util.DateTimeUtils;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * The checked cast of text to TIME: Calcite's own conversion takes {@code '25:00:00'} as 01:00 of
 * the next day; this refuses an hour above 23, a minute or second above 59, or text that is no
 * time, with the wording that SQL mode reports as 22007.
 */
public final class CheckedTime {
  /** The operator {@link CheckedArithmetic} puts in place of {@code CAST(text AS TIME)}. */
  static final SqlUserDefinedFunction OPERATOR =
      new SqlUserDefinedFunction(
          new SqlIdentifier("CASSQL_CHECKED_TIME", SqlParserPos.ZERO),
          ReturnTypes.explicit(SqlTypeName.TIME),
          InferTypes.FIRST_KNOWN,
          OperandTypes.STRING,
          List.of(),
          ScalarFunctionImpl.create(CheckedTime.class, "toTime"));

  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d*)?)?");

  private CheckedTime() {}

  /**
   * Milliseconds of the day of {@code text} ({@code H:m[:s[.fff]]}; null for null), or an error
   * naming it.
   */
  public static Integer toTime(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    Matcher m = TIME.matcher(t);
    if (!m.matches()
        || Integer.parseInt(m.group(1)) > 23
        || Integer.parseInt(m.group(2)) > 59
        || (m.group(3) != null && Integer.parseInt(m.group(3)) > 59)) {
      throw new IllegalArgumentException("Invalid TIME value, '" + text + "'");
    }
    return DateTimeUtils.timeStringToUnixDate(t);
  }
}
