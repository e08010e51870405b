package io.cassql.sql.rel;

import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.ComparisonOp;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
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
  public static Optional<ColumnPredicate<ValueSource>> of(int conjunct, RexNode node, List<String> fields) {
    if (node.getKind() == SqlKind.OR) {
      return inList(conjunct, (RexCall) node, fields);
    }
    ComparisonOp op = switch (node.getKind()) {
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
    return Optional.of(new ColumnPredicate<>(conjunct, fields.get(ref.getIndex()), op, List.of(value.get())));
  }

  private static Optional<ColumnPredicate<ValueSource>> inList(int conjunct, RexCall or, List<String> fields) {
    String column = null;
    List<ValueSource> values = new ArrayList<>();
    for (RexNode operand : or.getOperands()) {
      Optional<ColumnPredicate<ValueSource>> eq = of(conjunct, operand, fields);
      if (eq.isEmpty() || eq.get().op() != ComparisonOp.EQ
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
    if (node instanceof RexDynamicParam p) {
      return Optional.of(new ValueSource.Param(p.getIndex()));
    }
    if (!(node instanceof RexLiteral literal) || literal.isNull()) {
      return Optional.empty();
    }
    Serializable v = switch (literal.getTypeName().getFamily() == null ? literal.getTypeName().name()
        : literal.getTypeName().name()) {
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
}
