package io.cassql.sql.engine;

import io.cassql.sql.metadata.PrecompiledMetadataHandlers;
import io.cassql.sql.rel.CassandraToEnumerableConverter;
import java.lang.reflect.Type;
import java.util.List;
import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.config.CalciteSystemProperty;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.sql.SqlKind;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's preparation of a query (parse, validate, plan, generate code), except that a plan which
 * is one pushed CQL read and nothing else, its columns as the query names them, is bound directly
 * instead of through generated and compiled Java: the generated code of such a plan only calls
 * {@code PushedScan.scan}, and its compilation (Janino) costs more than the rest of a point query's
 * planning, and a fresh JVM's first query more still.
 */
final class QueryPreparation extends CalcitePrepareImpl {
  /** Whether the (last) query this preparation prepared was bound directly. */
  private boolean boundDirectly;

  /** Whether the query this preparation prepared was bound directly, without generated code. */
  boolean boundDirectly() {
    return boundDirectly;
  }

  @Override
  protected CalcitePreparingStmt getPreparingStmt(
      CalcitePrepare.Context context,
      Type elementType,
      CalciteCatalogReader catalogReader,
      RelOptPlanner planner) {
    JavaTypeFactory typeFactory = context.getTypeFactory();
    boundDirectly = false;
    return new Statement(
        this,
        context,
        catalogReader,
        typeFactory,
        elementType == Object[].class
            ? org.apache.calcite.adapter.enumerable.EnumerableRel.Prefer.ARRAY
            : org.apache.calcite.adapter.enumerable.EnumerableRel.Prefer.CUSTOM,
        createCluster(planner, new RexBuilder(typeFactory)),
        createConvertletTable());
  }

  /**
   * Calcite's planner, without its default rules: SQL mode's program adds the rules a query needs
   * ({@code PlannerSetup}), so that a single-table query does not build all of Calcite's rules.
   */
  @Override
  protected RelOptPlanner createPlanner(
      CalcitePrepare.Context prepareContext,
      org.apache.calcite.plan.@Nullable Context externalContext,
      @Nullable RelOptCostFactory costFactory) {
    VolcanoPlanner planner =
        new VolcanoPlanner(
            costFactory,
            externalContext == null ? Contexts.of(prepareContext.config()) : externalContext);
    planner.setExecutor(new RexExecutorImpl(DataContexts.EMPTY));
    planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
    if (CalciteSystemProperty.ENABLE_COLLATION_TRAIT.value()) {
      planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
    }
    planner.setTopDownOpt(prepareContext.config().topDownOpt());
    Hook.PLANNER.run(planner);
    return planner;
  }

  /**
   * Calcite's cluster, whose metadata queries use the handlers compiled with the driver instead of
   * handlers Janino compiles on first use.
   */
  @Override
  protected RelOptCluster createCluster(RelOptPlanner planner, RexBuilder rexBuilder) {
    RelOptCluster cluster = super.createCluster(planner, rexBuilder);
    cluster.setMetadataQuerySupplier(PrecompiledMetadataHandlers::query);
    return cluster;
  }

  /** Whether a final plan is one pushed read whose columns are the query's, in order. */
  static boolean readsDirectly(RelRoot root) {
    return root.rel instanceof CassandraToEnumerableConverter
        && root.isRefTrivial()
        && !root.kind.belongsTo(SqlKind.DML);
  }

  /** The preparation of one query: Calcite's, with the direct binding of a lone pushed read. */
  private static final class Statement extends CalcitePreparingStmt {
    Statement(
        QueryPreparation prepare,
        CalcitePrepare.Context context,
        CalciteCatalogReader catalogReader,
        JavaTypeFactory typeFactory,
        org.apache.calcite.adapter.enumerable.EnumerableRel.Prefer prefer,
        RelOptCluster cluster,
        org.apache.calcite.sql2rel.SqlRexConvertletTable convertlets) {
      super(
          prepare,
          context,
          catalogReader,
          typeFactory,
          context.getRootSchema(),
          prefer,
          cluster,
          org.apache.calcite.adapter.enumerable.EnumerableConvention.INSTANCE,
          convertlets);
    }

    @Override
    protected PreparedResult implement(RelRoot root) {
      if (!readsDirectly(root)) {
        return super.implement(root);
      }
      Hook.PLAN_BEFORE_IMPLEMENTATION.run(root);
      ((QueryPreparation) prepare).boundDirectly = true;
      Bindable<Object> bindable = ((CassandraToEnumerableConverter) root.rel).directBindable();
      // the row class generated code would declare: one column is a scalar row, more an array
      Class<?> rowClass =
          root.rel.getRowType().getFieldCount() == 1 ? Object.class : Object[].class;
      return new PreparedResultImpl(
          root.rel.getRowType(),
          java.util.Objects.requireNonNull(parameterRowType, "parameterRowType"),
          java.util.Objects.requireNonNull(fieldOrigins, "fieldOrigins"),
          root.collation.getFieldCollations().isEmpty() ? List.of() : List.of(root.collation),
          root.rel,
          null,
          false) {
        @Override
        public String getCode() {
          throw new UnsupportedOperationException("a direct read has no generated code");
        }

        @Override
        public Bindable getBindable(Meta.CursorFactory cursorFactory) {
          return bindable;
        }

        @Override
        public Type getElementType() {
          return rowClass;
        }
      };
    }
  }
}
