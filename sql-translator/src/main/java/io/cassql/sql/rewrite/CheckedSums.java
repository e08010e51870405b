package io.cassql.sql.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Makes SUM of BIGINT fail on overflow instead of wrapping: the sum is taken over the values cast
 * to DECIMAL (exact, unbounded) and cast back to BIGINT, a cast that raises an {@link
 * ArithmeticException} when the sum leaves BIGINT's range. Sums of smaller whole numbers are BIGINT
 * already (see {@code CasSqlTypeSystem}).
 */
final class CheckedSums extends RelHomogeneousShuttle {
  private CheckedSums() {}

  /** {@code rel} with every SUM of BIGINT in its aggregates checked. */
  static RelNode apply(RelNode rel) {
    return rel.accept(new CheckedSums());
  }

  /** Whether {@code call} is a SUM whose BIGINT accumulator could wrap. */
  static boolean wraps(AggregateCall call, List<RelDataType> inputTypes) {
    SqlKind kind = call.getAggregation().getKind();
    return (kind == SqlKind.SUM || kind == SqlKind.SUM0)
        && call.getArgList().size() == 1
        && call.getType().getSqlTypeName() == SqlTypeName.BIGINT
        && inputTypes.get(call.getArgList().get(0)).getSqlTypeName() == SqlTypeName.BIGINT;
  }

  @Override
  public RelNode visit(RelNode other) {
    RelNode rel = super.visit(other);
    if (!(rel instanceof Aggregate agg)) {
      return rel;
    }
    RelNode input = agg.getInput();
    List<RelDataType> inputTypes =
        input.getRowType().getFieldList().stream().map(f -> f.getType()).toList();
    if (agg.getAggCallList().stream().noneMatch(c -> wraps(c, inputTypes))) {
      return rel;
    }
    RexBuilder rex = agg.getCluster().getRexBuilder();
    RelDataTypeFactory types = agg.getCluster().getTypeFactory();
    RelDataType decimal =
        types.createSqlType(
            SqlTypeName.DECIMAL, types.getTypeSystem().getMaxPrecision(SqlTypeName.DECIMAL), 0);
    // the input plus, per BIGINT column summed, that column as DECIMAL
    List<RexNode> projects = new ArrayList<>(rex.identityProjects(input.getRowType()));
    List<String> names = new ArrayList<>(input.getRowType().getFieldNames());
    Map<Integer, Integer> widened = new HashMap<>();
    List<AggregateCall> calls = new ArrayList<>();
    for (AggregateCall call : agg.getAggCallList()) {
      if (!wraps(call, inputTypes)) {
        calls.add(call);
        continue;
      }
      int arg = call.getArgList().get(0);
      int at =
          widened.computeIfAbsent(
              arg,
              a -> {
                RexNode ref = rex.makeInputRef(input, a);
                projects.add(
                    rex.makeCast(
                        types.createTypeWithNullability(decimal, ref.getType().isNullable()), ref));
                names.add("$sum_arg" + a);
                return projects.size() - 1;
              });
      RelDataType sumType = types.createTypeWithNullability(decimal, call.getType().isNullable());
      calls.add(
          AggregateCall.create(
              call.getParserPosition(),
              call.getAggregation(),
              call.isDistinct(),
              call.isApproximate(),
              call.ignoreNulls(),
              call.rexList,
              List.of(at),
              call.filterArg,
              call.distinctKeys,
              call.collation,
              sumType,
              call.getName()));
    }
    RelNode wide = LogicalProject.create(input, List.of(), projects, names, java.util.Set.of());
    Aggregate summed =
        agg.copy(agg.getTraitSet(), wide, agg.getGroupSet(), agg.getGroupSets(), calls);
    // back to the aggregate's own row type, with a checked cast for each widened sum
    List<RexNode> back = new ArrayList<>();
    for (int i = 0; i < agg.getRowType().getFieldCount(); i++) {
      RexNode ref = rex.makeInputRef(summed, i);
      RelDataType want = agg.getRowType().getFieldList().get(i).getType();
      back.add(ref.getType().equals(want) ? ref : rex.makeCast(want, ref));
    }
    return LogicalProject.create(
        summed, List.of(), back, agg.getRowType().getFieldNames(), java.util.Set.of());
  }
}
