package io.cassql.sql.rewrite;

import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexWindow;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Replaces {@code +}, {@code -}, {@code *}, {@code /} and unary minus whose result is TINYINT,
 * SMALLINT, INTEGER or BIGINT by Calcite's checked operators, which raise an {@link
 * ArithmeticException} ("integer overflow") where Java arithmetic would wrap. Only whole numbers
 * are touched (with ABS, the cast of a DOUBLE or DECIMAL to REAL, see {@link CheckedReal}, and of
 * text to TIME, see {@link CheckedTime}; and the text of a TIMESTAMP keeps its milliseconds, see
 * {@link TimestampText}): DECIMAL arithmetic is exact already (no rounding to a declared scale is
 * added here, unlike Calcite's own checked conversion), and DOUBLE/REAL follow IEEE 754.
 */
public final class CheckedArithmetic extends RelHomogeneousShuttle {
  private static final BigDecimal MAX_REAL = new BigDecimal(Float.MAX_VALUE);

  private final RexShuttle rex;

  private CheckedArithmetic(RexBuilder builder) {
    this.rex = new CheckedCalls(builder);
  }

  /**
   * {@code rel} with every whole-number arithmetic operation checked, in its sub-queries too, and
   * every SUM of BIGINT (in aggregates and over windows) checked.
   */
  public static RelNode apply(RelNode rel) {
    return CheckedSums.apply(rel.accept(new CheckedArithmetic(rel.getCluster().getRexBuilder())));
  }

  @Override
  public RelNode visit(RelNode other) {
    RelNode rel = super.visit(other);
    if (rel instanceof Values values) {
      // constants folded into a VALUES row are checked like any other literal
      List<RelDataTypeField> fields = values.getRowType().getFieldList();
      for (List<RexLiteral> row : values.getTuples()) {
        for (int i = 0; i < row.size(); i++) {
          checkReal(row.get(i), fields.get(i).getType().getSqlTypeName());
        }
      }
    }
    return rel.accept(rex);
  }

  /**
   * Fails when {@code literal}, of or for a column of type {@code type}, is a REAL beyond REAL's
   * range.
   */
  static void checkReal(RexLiteral literal, SqlTypeName type) {
    if (type != SqlTypeName.REAL || literal.isNull()) {
      return;
    }
    BigDecimal v = literal.getValueAs(BigDecimal.class);
    if (v != null && v.abs().compareTo(MAX_REAL) > 0) {
      throw new ArithmeticException("Value " + v + " is out of the range of REAL");
    }
  }

  /**
   * The checked operator that replaces {@code op} for a result of type {@code type}; null when
   * none.
   */
  static SqlOperator checkedFor(SqlOperator op, SqlTypeName type) {
    if (!SqlTypeName.INT_TYPES.contains(type)) {
      return null;
    }
    return switch (op.getKind()) {
      case PLUS -> op == SqlStdOperatorTable.PLUS ? SqlStdOperatorTable.CHECKED_PLUS : null;
      case MINUS -> op == SqlStdOperatorTable.MINUS ? SqlStdOperatorTable.CHECKED_MINUS : null;
      case TIMES ->
          op == SqlStdOperatorTable.MULTIPLY ? SqlStdOperatorTable.CHECKED_MULTIPLY : null;
      case DIVIDE -> op == SqlStdOperatorTable.DIVIDE ? SqlStdOperatorTable.CHECKED_DIVIDE : null;
      case MINUS_PREFIX ->
          op == SqlStdOperatorTable.UNARY_MINUS ? SqlStdOperatorTable.CHECKED_UNARY_MINUS : null;
      default -> null;
    };
  }

  /**
   * Whether {@code call} casts a DOUBLE or DECIMAL to REAL, where Java would give an infinity for a
   * value out of range. A cast of a parameter stays a cast: its value is checked when bound, and
   * the pushdown rules recognise {@code CAST(? AS REAL)}.
   */
  static boolean narrowsToReal(RexCall call) {
    if (call.getKind() != SqlKind.CAST || call.operands.size() != 1) {
      return false;
    }
    SqlTypeName to = call.getType().getSqlTypeName();
    SqlTypeName from = call.operands.get(0).getType().getSqlTypeName();
    return to == SqlTypeName.REAL
        && (from == SqlTypeName.DOUBLE || from == SqlTypeName.DECIMAL)
        && !(call.operands.get(0) instanceof org.apache.calcite.rex.RexDynamicParam);
  }

  /** Whether {@code call} casts text (not a parameter, which is converted when bound) to TIME. */
  static boolean castsTextToTime(RexCall call) {
    return call.getKind() == SqlKind.CAST
        && call.operands.size() == 1
        && call.getType().getSqlTypeName() == SqlTypeName.TIME
        && SqlTypeName.CHAR_TYPES.contains(call.operands.get(0).getType().getSqlTypeName())
        && !(call.operands.get(0) instanceof org.apache.calcite.rex.RexDynamicParam);
  }

  /** The expression-level rewrite, descending into sub-queries. */
  private final class CheckedCalls extends RexShuttle {
    private final RexBuilder builder;

    CheckedCalls(RexBuilder builder) {
      this.builder = builder;
    }

    @Override
    public RexNode visitSubQuery(RexSubQuery subQuery) {
      RelNode rel = subQuery.rel.accept(CheckedArithmetic.this);
      RexSubQuery visited = rel == subQuery.rel ? subQuery : subQuery.clone(rel);
      return super.visitSubQuery(visited);
    }

    /**
     * SUM of BIGINT over a window: summed as DECIMAL and cast back, a cast that fails on overflow.
     */
    @Override
    public RexNode visitOver(RexOver over) {
      RexOver visited = (RexOver) super.visitOver(over);
      SqlKind kind = visited.getAggOperator().getKind();
      if ((kind != SqlKind.SUM && kind != SqlKind.SUM0)
          || visited.operands.size() != 1
          || visited.getType().getSqlTypeName() != SqlTypeName.BIGINT
          || visited.operands.get(0).getType().getSqlTypeName() != SqlTypeName.BIGINT) {
        return visited;
      }
      RelDataTypeFactory types = builder.getTypeFactory();
      RelDataType decimal =
          types.createSqlType(
              SqlTypeName.DECIMAL, types.getTypeSystem().getMaxPrecision(SqlTypeName.DECIMAL), 0);
      RexNode arg = visited.operands.get(0);
      RexNode wideArg =
          builder.makeCast(
              types.createTypeWithNullability(decimal, arg.getType().isNullable()), arg);
      RexWindow w = visited.getWindow();
      RexNode wide =
          builder.makeOver(
              visited.getParserPosition(),
              types.createTypeWithNullability(decimal, visited.getType().isNullable()),
              visited.getAggOperator(),
              List.of(wideArg),
              w.partitionKeys,
              w.orderKeys,
              w.getLowerBound(),
              w.getUpperBound(),
              w.getExclude(),
              w.isRows(),
              true,
              false,
              visited.isDistinct(),
              visited.ignoreNulls());
      return builder.makeCast(visited.getType(), wide);
    }

    /**
     * A REAL constant folded from a larger one ({@code CAST(1e300 AS REAL)}): an error now, not an
     * infinity later.
     */
    @Override
    public RexNode visitLiteral(RexLiteral literal) {
      checkReal(literal, literal.getType().getSqlTypeName());
      return literal;
    }

    @Override
    public RexNode visitCall(RexCall call) {
      boolean[] changed = {false};
      List<RexNode> operands = visitList(call.operands, changed);
      if (narrowsToReal(call)) {
        RexNode operand = operands.get(0);
        RelDataType dbl =
            builder
                .getTypeFactory()
                .createTypeWithNullability(
                    builder.getTypeFactory().createSqlType(SqlTypeName.DOUBLE),
                    operand.getType().isNullable());
        RexNode asDouble =
            operand.getType().getSqlTypeName() == SqlTypeName.DOUBLE
                ? operand
                : builder.makeCast(dbl, operand);
        return builder.makeCall(
            call.getParserPosition(), call.getType(), CheckedReal.OPERATOR, List.of(asDouble));
      }
      if (call.getKind() == SqlKind.CAST
          && call.operands.size() == 1
          && call.operands.get(0).getType().getSqlTypeName() == SqlTypeName.TIMESTAMP
          && call.operands.get(0).getType().getPrecision() > 0
          && SqlTypeName.CHAR_TYPES.contains(call.getType().getSqlTypeName())
          && call.getType().getSqlTypeName() == SqlTypeName.VARCHAR) {
        return builder.makeCall(
            call.getParserPosition(), call.getType(), TimestampText.OPERATOR, operands);
      }
      if (castsTextToTime(call)) {
        return builder.makeCall(
            call.getParserPosition(), call.getType(), CheckedTime.OPERATOR, operands);
      }
      if (call.getOperator() == SqlStdOperatorTable.ABS
          && SqlTypeName.INT_TYPES.contains(call.getType().getSqlTypeName())) {
        // ABS of the smallest value of its type has no value in it: -x, checked, for negatives
        RexNode x = operands.get(0);
        return builder.makeCall(
            call.getParserPosition(),
            SqlStdOperatorTable.CASE,
            builder.makeCall(
                SqlStdOperatorTable.LESS_THAN, x, builder.makeZeroLiteral(x.getType())),
            builder.makeCall(call.getType(), SqlStdOperatorTable.CHECKED_UNARY_MINUS, List.of(x)),
            x);
      }
      SqlOperator checked = checkedFor(call.getOperator(), call.getType().getSqlTypeName());
      if (checked != null) {
        return builder.makeCall(call.getParserPosition(), call.getType(), checked, operands);
      }
      return changed[0] ? call.clone(call.getType(), operands) : call;
    }
  }
}
