package io.cassql.sql.rel;

import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.CqlSelect;
import io.cassql.sql.pushdown.KeyLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * One read of a Cassandra table whose rows are exploded by a {@link CollectionLayout}: a virtual
 * table, a base table joined with its own virtual tables on the primary key, or a projection or
 * key-filtered version of either. The key predicates in {@code where} go into the CQL.
 */
public final class CassandraCollectionScan extends AbstractRelNode implements CassandraRel {
  private final RelOptTable anchor;
  private final Source source;
  private final CollectionLayout layout;
  private final List<ColumnPredicate<ValueSource>> where;
  private final boolean singlePartition;
  private final boolean filtering;
  private final RelDataType declaredRowType;

  /** The physical table read and what the planner may push into it. */
  public record Source(String keyspace, String table, KeyLayout keys, boolean allowFiltering) {
    /** The partition and clustering columns. */
    public List<String> primaryKey() {
      return java.util.stream.Stream.concat(
              keys.partitionKeys().stream(), keys.clusteringKeys().stream())
          .toList();
    }
  }

  /**
   * @param anchor a schema table (base or virtual) of the physical table, through which generated
   *     code finds the session
   */
  public CassandraCollectionScan(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelOptTable anchor,
      Source source,
      CollectionLayout layout,
      List<ColumnPredicate<ValueSource>> where,
      boolean singlePartition,
      boolean filtering,
      RelDataType rowType) {
    super(cluster, traits);
    this.anchor = anchor;
    this.source = source;
    this.layout = layout;
    this.where = List.copyOf(where);
    this.singlePartition = singlePartition;
    this.filtering = filtering;
    this.declaredRowType = rowType;
  }

  /**
   * An unfiltered read, as a logical operator (convention NONE, so that it joins the equivalence
   * sets of the joins, filters and projections the rules rewrite); {@link #asPhysical} runs it.
   */
  public static CassandraCollectionScan of(
      RelOptCluster cluster,
      RelOptTable anchor,
      Source source,
      CollectionLayout layout,
      RelDataType rowType) {
    return new CassandraCollectionScan(
        cluster,
        cluster.traitSetOf(Convention.NONE),
        anchor,
        source,
        layout,
        List.of(),
        false,
        false,
        rowType);
  }

  /** Whether this is the logical form, which the rules rewrite. */
  public boolean isLogical() {
    return getConvention() == Convention.NONE;
  }

  /** The same read in the convention that runs it. */
  public CassandraCollectionScan asPhysical() {
    return new CassandraCollectionScan(
        getCluster(),
        getTraitSet().replace(COLLECTIONS),
        anchor,
        source,
        layout,
        where,
        singlePartition,
        filtering,
        declaredRowType);
  }

  public RelOptTable anchor() {
    return anchor;
  }

  public Source source() {
    return source;
  }

  public CollectionLayout layout() {
    return layout;
  }

  /** Whether key predicates have been pushed into this read already. */
  public boolean isRestricted() {
    return !where.isEmpty();
  }

  /** The same read with other fields (a projection or a fusion) and row type. */
  public CassandraCollectionScan withLayout(CollectionLayout newLayout, RelDataType newRowType) {
    return new CassandraCollectionScan(
        getCluster(),
        getTraitSet(),
        anchor,
        source,
        newLayout,
        where,
        singlePartition,
        filtering,
        newRowType);
  }

  /** The same read with key predicates pushed into its CQL. */
  public CassandraCollectionScan withWhere(
      List<ColumnPredicate<ValueSource>> pushed, boolean single, boolean allowFiltering) {
    return new CassandraCollectionScan(
        getCluster(),
        getTraitSet(),
        anchor,
        source,
        layout,
        pushed,
        single,
        allowFiltering,
        declaredRowType);
  }

  @Override
  protected RelDataType deriveRowType() {
    return declaredRowType;
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double physical = where.isEmpty() ? 100 : singlePartition ? 10 : 50;
    return physical * Math.pow(3, layout.sides().size());
  }

  /**
   * Reading costs by the physical row, and a little more than the plain scan of the base table (so
   * a base table alone keeps its plain read); one read of a joined table costs far less than two.
   */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double physical = where.isEmpty() ? 100 : singlePartition ? 10 : 50;
    double cost = where.isEmpty() ? physical * 2 : physical * 0.02;
    return planner.getCostFactory().makeCost(physical, cost, 0);
  }

  /** The CQL this read sends. */
  public CqlSelect<ValueSource> select() {
    CqlSelect<ValueSource> select =
        CqlSelect.<ValueSource>of(source.keyspace(), source.table(), layout.physicalColumns())
            .withWhere(where);
    return filtering ? select.withAllowFiltering() : select;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("table", source.keyspace() + "." + source.table())
        .item(
            "explode",
            layout.sides().stream()
                .map(s -> s.collection() + (s.outer() ? " (outer)" : ""))
                .collect(Collectors.joining(", ", "[", "]")))
        .item(
            "fields",
            layout.fields().stream()
                .map(CassandraCollectionScan::describe)
                .collect(Collectors.joining(", ", "[", "]")))
        .item("cql", select().cql());
  }

  private static String describe(CollectionLayout.Field f) {
    return switch (f.part()) {
      case COLUMN -> f.column() + (f.side() >= 0 ? "?" + f.side() : "");
      case INDEX_OR_KEY -> "#" + f.side() + ".key";
      case VALUE -> "#" + f.side() + ".value";
    };
  }

  @Override
  public void register(RelOptPlanner planner) {
    CassandraRules.register(planner);
  }

  @Override
  public void implement(Implementor implementor) {
    implementor.relOptTable = anchor;
    implementor.select = select();
    implementor.layout = layout;
  }
}
