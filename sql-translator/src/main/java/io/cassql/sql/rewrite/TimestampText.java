package io.cassql.sql.rewrite;

import java.util.List;
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
 * The text of a TIMESTAMP with fractional seconds: Calcite's cast to text prints whole seconds
 * whatever the type's precision, so {@code CAST(ts AS VARCHAR)} of a Cassandra timestamp lost its
 * milliseconds; this prints them, without trailing zeros ({@code 2026-01-01 10:00:10.01}), as H2
 * and PostgreSQL do.
 */
public final class TimestampText {
  /** The operator {@link CheckedArithmetic} puts in place of {@code CAST(timestamp AS VARCHAR)}. */
  static final SqlUserDefinedFunction OPERATOR =
      new SqlUserDefinedFunction(
          new SqlIdentifier("CASSQL_TIMESTAMP_TEXT", SqlParserPos.ZERO),
          ReturnTypes.explicit(SqlTypeName.VARCHAR),
          InferTypes.FIRST_KNOWN,
          OperandTypes.TIMESTAMP,
          List.of(),
          ScalarFunctionImpl.create(TimestampText.class, "toText"));

  private TimestampText() {}

  /**
   * {@code yyyy-MM-dd HH:mm:ss[.fff]} of a timestamp (milliseconds since the epoch, UTC wall
   * clock); null for null.
   */
  public static String toText(Long millis) {
    if (millis == null) {
      return null;
    }
    String text = DateTimeUtils.unixTimestampToString(millis, 3);
    int end = text.length();
    while (text.charAt(end - 1) == '0') {
      end--;
    }
    if (text.charAt(end - 1) == '.') {
      end--;
    }
    return text.substring(0, end);
  }
}
