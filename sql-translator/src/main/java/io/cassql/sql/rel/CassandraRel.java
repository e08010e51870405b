package io.cassql.sql.rel;

import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.pushdown.CqlSelect;
import io.cassql.sql.schema.CassandraTable;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;

/** A relational operator that runs inside Cassandra, as part of one CQL SELECT. */
public interface CassandraRel extends RelNode {
  /** The calling convention of operators that Cassandra executes. */
  Convention CONVENTION = new Convention.Impl("CASSANDRA", CassandraRel.class);

  /**
   * The calling convention of reads that explode collections ({@link CassandraCollectionScan});
   * kept apart so that the column, limit and sort rules of {@link #CONVENTION} never apply to them.
   */
  Convention COLLECTIONS = new Convention.Impl("CASSANDRA_COLLECTIONS", CassandraRel.class);

  /** Adds this operator's part to the CQL being built. */
  void implement(Implementor implementor);

  /** Collects the CQL SELECT while visiting a tree of Cassandra operators bottom-up. */
  final class Implementor {
    CassandraTable table;
    RelOptTable relOptTable;
    CqlSelect<ValueSource> select;
    CollectionLayout layout;

    /** Implements {@code input} first (scans set the table and the full column list). */
    void visitChild(RelNode input) {
      ((CassandraRel) input).implement(this);
    }
  }
}
