package io.cassql.sql.rewrite;

import java.util.List;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * The checked narrowing of a DOUBLE to a REAL: Java's {@code (float)} turns a value beyond REAL's
 * range into an infinity; this raises an {@link ArithmeticException} instead. Rounding to the
 * nearest REAL is what a cast to REAL means and stays.
 */
public final class CheckedReal {
  /** The operator {@link CheckedArithmetic} puts in place of {@code CAST(x AS REAL)}. */
  static final SqlUserDefinedFunction OPERATOR =
      new SqlUserDefinedFunction(
          new SqlIdentifier("CASSQL_CHECKED_REAL", SqlParserPos.ZERO),
          ReturnTypes.explicit(SqlTypeName.REAL),
          InferTypes.FIRST_KNOWN,
          OperandTypes.NUMERIC,
          List.of(),
          ScalarFunctionImpl.create(CheckedReal.class, "toReal"));

  private CheckedReal() {}

  /**
   * {@code value} as the nearest REAL (null for null); an error when it is finite and beyond REAL's
   * range.
   */
  public static Float toReal(Double value) {
    if (value == null) {
      return null;
    }
    float f = (float) value.doubleValue();
    if (Float.isInfinite(f) && !Double.isInfinite(value)) {
      throw new ArithmeticException("Value " + value + " is out of the range of REAL");
    }
    return f;
  }
}
