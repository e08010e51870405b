package io.cassql.sql.rel;

import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.ComparisonOp;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * Reads a conjunct of a filter as {@code column op value}: a comparison of a plain column with a
 * literal or a {@code ?} parameter, or an OR of equalities of one column (an IN list).
 */
public final class RexPredicates {
  private RexPredicates() {}

  /** The conjunct as {@code column op value}, if it has that form. */
  public static Optional<ColumnPredicate<ValueSource>> of(
      int conjunct, RexNode node, List<String> fields) {
    if (node.getKind() == SqlKind.OR) {
      return inList(conjunct, (RexCall) node, fields);
    }
    ComparisonOp op =
        switch (node.getKind()) {
          case EQUALS -> ComparisonOp.EQ;
          case LESS_THAN -> ComparisonOp.LT;
          case LESS_THAN_OR_EQUAL -> ComparisonOp.LE;
          case GREATER_THAN -> ComparisonOp.GT;
          case GREATER_THAN_OR_EQUAL -> ComparisonOp.GE;
          default -> null;
        };
    if (op == null) {
      return Optional.empty();
    }
    RexCall call = (RexCall) node;
    RexNode left = call.getOperands().get(0);
    RexNode right = call.getOperands().get(1);
    if (right instanceof RexInputRef && !(left instanceof RexInputRef)) {
      RexNode t = left;
      left = right;
      right = t;
      op = op.flip();
    }
    if (!(left instanceof RexInputRef ref)) {
      return Optional.empty();
    }
    Optional<ValueSource> value = value(right);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ColumnPredicate<>(conjunct, fields.get(ref.getIndex()), op, List.of(value.get())));
  }

  private static Optional<ColumnPredicate<ValueSource>> inList(
      int conjunct, RexCall or, List<String> fields) {
    String column = null;
    List<ValueSource> values = new ArrayList<>();
    for (RexNode operand : or.getOperands()) {
      Optional<ColumnPredicate<ValueSource>> eq = of(conjunct, operand, fields);
      if (eq.isEmpty()
          || eq.get().op() != ComparisonOp.EQ
          || (column != null && !column.equals(eq.get().column()))) {
        return Optional.empty();
      }
      column = eq.get().column();
      values.addAll(eq.get().values());
    }
    return Optional.of(new ColumnPredicate<>(conjunct, column, ComparisonOp.IN, values));
  }

  /** A literal as a plain Java value, or a parameter reference; empty for anything else. */
  static Optional<ValueSource> value(RexNode node) {
    RexNode uncast = node;
    while (uncast.getKind() == SqlKind.CAST && keepsEveryValue((RexCall) uncast)) {
      uncast = ((RexCall) uncast).getOperands().get(0);
    }
    if (uncast instanceof RexDynamicParam p) {
      return Optional.of(new ValueSource.Param(p.getIndex()));
    }
    if (!(node instanceof RexLiteral literal) || literal.isNull()) {
      return Optional.empty();
    }
    Serializable v =
        switch (literal.getTypeName().name()) {
          case "CHAR", "VARCHAR" -> literal.getValueAs(String.class);
          case "BOOLEAN" -> literal.getValueAs(Boolean.class);
          case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "DECIMAL", "DOUBLE", "REAL", "FLOAT" ->
              literal.getValueAs(BigDecimal.class);
          case "DATE" -> literal.getValueAs(DateString.class).toString();
          case "TIME" -> literal.getValueAs(TimeString.class).toString();
          case "TIMESTAMP" -> literal.getValueAs(TimestampString.class).getMillisSinceEpoch();
          default -> null;
        };
    return Optional.ofNullable(v).map(ValueSource.Literal::new);
  }

  /**
   * Whether a cast changes no value of its operand, so that the column's CQL type can take the
   * operand's value directly: a wider integer, a double from a 32-bit integer, or an exact number
   * of enough digits from an integer or decimal, or unpadded text ({@code VARCHAR}, or {@code CHAR}
   * of the same length) from text. Literals turned into {@code CAST(? AS type)} reach pushed
   * predicates through such casts.
   */
  static boolean keepsEveryValue(RexCall cast) {
    RelDataType from = cast.getOperands().get(0).getType();
    RelDataType to = cast.getType();
    SqlTypeName f = from.getSqlTypeName();
    SqlTypeName t = to.getSqlTypeName();
    if (SqlTypeName.INT_TYPES.contains(f) && SqlTypeName.INT_TYPES.contains(t)) {
      return SqlTypeName.INT_TYPES.indexOf(t) >= SqlTypeName.INT_TYPES.indexOf(f);
    }
    if ((SqlTypeName.INT_TYPES.contains(f) || f == SqlTypeName.DECIMAL)
        && t == SqlTypeName.DECIMAL) {
      int fromScale = f == SqlTypeName.DECIMAL ? from.getScale() : 0;
      int fromDigits =
          f == SqlTypeName.DECIMAL
              ? from.getPrecision() - from.getScale()
              : String.valueOf(intMax(f)).length();
      return to.getScale() >= fromScale && to.getPrecision() - to.getScale() >= fromDigits;
    }
    if ((f == SqlTypeName.TINYINT || f == SqlTypeName.SMALLINT || f == SqlTypeName.INTEGER)
        && t == SqlTypeName.DOUBLE) {
      return true;
    }
    if (SqlTypeName.CHAR_TYPES.contains(f) && SqlTypeName.CHAR_TYPES.contains(t)) {
      return t == SqlTypeName.VARCHAR
          ? to.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
              || to.getPrecision() >= from.getPrecision()
          : from.getPrecision() == to.getPrecision();
    }
    return f == t && from.getPrecision() == to.getPrecision() && from.getScale() == to.getScale();
  }

  private static long intMax(SqlTypeName type) {
    return switch (type) {
      case TINYINT -> Byte.MAX_VALUE;
      case SMALLINT -> Short.MAX_VALUE;
      case INTEGER -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }
}
