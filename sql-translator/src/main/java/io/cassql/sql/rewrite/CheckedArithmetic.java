package io.cassql.sql.rewrite;

import java.util.List;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexWindow;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Replaces {@code +}, {@code -}, {@code *}, {@code /} and unary minus whose result is TINYINT,
 * SMALLINT, INTEGER or BIGINT by Calcite's checked operators, which raise an
 * {@link ArithmeticException} ("integer overflow") where Java arithmetic would wrap. Only whole
 * numbers are touched: DECIMAL arithmetic is exact already (no rounding to a declared scale is
 * added here, unlike Calcite's own checked conversion), and DOUBLE/REAL follow IEEE 754.
 */
public final class CheckedArithmetic extends RelHomogeneousShuttle {
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
    return super.visit(other).accept(rex);
  }

  /** The checked operator that replaces {@code op} for a result of type {@code type}; null when none. */
  static SqlOperator checkedFor(SqlOperator op, SqlTypeName type) {
    if (!SqlTypeName.INT_TYPES.contains(type)) {
      return null;
    }
    return switch (op.getKind()) {
      case PLUS -> op == SqlStdOperatorTable.PLUS ? SqlStdOperatorTable.CHECKED_PLUS : null;
      case MINUS -> op == SqlStdOperatorTable.MINUS ? SqlStdOperatorTable.CHECKED_MINUS : null;
      case TIMES -> op == SqlStdOperatorTable.MULTIPLY ? SqlStdOperatorTable.CHECKED_MULTIPLY : null;
      case DIVIDE -> op == SqlStdOperatorTable.DIVIDE ? SqlStdOperatorTable.CHECKED_DIVIDE : null;
      case MINUS_PREFIX -> op == SqlStdOperatorTable.UNARY_MINUS ? SqlStdOperatorTable.CHECKED_UNARY_MINUS : null;
      default -> null;
    };
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

    /** SUM of BIGINT over a window: summed as DECIMAL and cast back, a cast that fails on overflow. */
    @Override
    public RexNode visitOver(RexOver over) {
      RexOver visited = (RexOver) super.visitOver(over);
      SqlKind kind = visited.getAggOperator().getKind();
      if ((kind != SqlKind.SUM && kind != SqlKind.SUM0) || visited.operands.size() != 1
          || visited.getType().getSqlTypeName() != SqlTypeName.BIGINT
          || visited.operands.get(0).getType().getSqlTypeName() != SqlTypeName.BIGINT) {
        return visited;
      }
      RelDataTypeFactory types = builder.getTypeFactory();
      RelDataType decimal = types.createSqlType(SqlTypeName.DECIMAL,
          types.getTypeSystem().getMaxPrecision(SqlTypeName.DECIMAL), 0);
      RexNode arg = visited.operands.get(0);
      RexNode wideArg = builder.makeCast(types.createTypeWithNullability(decimal, arg.getType().isNullable()), arg);
      RexWindow w = visited.getWindow();
      RexNode wide = builder.makeOver(visited.getParserPosition(),
          types.createTypeWithNullability(decimal, visited.getType().isNullable()), visited.getAggOperator(),
          List.of(wideArg), w.partitionKeys, w.orderKeys, w.getLowerBound(), w.getUpperBound(), w.getExclude(),
          w.isRows(), true, false, visited.isDistinct(), visited.ignoreNulls());
      return builder.makeCast(visited.getType(), wide);
    }

    @Override
    public RexNode visitCall(RexCall call) {
      boolean[] changed = {false};
      List<RexNode> operands = visitList(call.operands, changed);
      SqlOperator checked = checkedFor(call.getOperator(), call.getType().getSqlTypeName());
      if (checked != null) {
        return builder.makeCall(call.getParserPosition(), call.getType(), checked, operands);
      }
      return changed[0] ? call.clone(call.getType(), operands) : call;
    }
  }
}
