package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.cassql.sql.exec.CollectionScan;
import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.CqlSelect;
import io.cassql.sql.pushdown.KeyLayout;
import io.cassql.sql.pushdown.KeyPredicateSplitter;
import io.cassql.sql.pushdown.PushdownDecision;
import io.cassql.sql.rel.RexPredicates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The virtual table of one collection column: the primary-key columns, then {@code <C>_index}
 * (list, 0-based) or {@code <C>_key} (map), then {@code <C>_value}; one row per element. Key
 * predicates are pushed into CQL as on the base table; the read fetches only the key and the
 * collection.
 */
public final class VirtualTable extends AbstractTable implements ProjectableFilterableTable {
  private final CqlExecutor executor;
  private final CqlIdentifier keyspace;
  private final CqlIdentifier table;
  private final CqlIdentifier collection;

  VirtualTable(CqlExecutor executor, CqlIdentifier keyspace, CqlIdentifier table, CqlIdentifier collection) {
    this.executor = executor;
    this.keyspace = keyspace;
    this.table = table;
    this.collection = collection;
  }

  private TableMetadata metadata() {
    return executor.session().getMetadata().getKeyspace(keyspace).flatMap(k -> k.getTable(table))
        .orElseThrow(() -> new IllegalStateException("table " + table.asInternal() + " no longer exists"));
  }

  private static List<ColumnMetadata> keys(TableMetadata m) {
    return Stream.concat(m.getPartitionKey().stream(), m.getClusteringColumns().keySet().stream()).toList();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    TableMetadata m = metadata();
    RelDataTypeFactory.Builder b = f.builder();
    for (ColumnMetadata k : keys(m)) {
      b.add(k.getName().asInternal(), CalciteTypes.of(f, k.getType()));
    }
    String c = collection.asInternal();
    DataType type = m.getColumn(collection).orElseThrow().getType();
    if (type instanceof ListType list) {
      b.add(c + "_index", f.createTypeWithNullability(f.createSqlType(SqlTypeName.INTEGER), true));
      b.add(c + "_value", CalciteTypes.of(f, list.getElementType()));
    } else if (type instanceof MapType map) {
      b.add(c + "_key", CalciteTypes.of(f, map.getKeyType()));
      b.add(c + "_value", CalciteTypes.of(f, map.getValueType()));
    } else if (type instanceof SetType set) {
      b.add(c + "_value", CalciteTypes.of(f, set.getElementType()));
    }
    return b.build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    TableMetadata m = metadata();
    List<ColumnMetadata> keys = keys(m);
    List<String> fields = getRowType(root.getTypeFactory()).getFieldNames();
    RexBuilder rex = new RexBuilder(root.getTypeFactory());
    List<ColumnPredicate<ValueSource>> simple = new ArrayList<>();
    for (int i = 0; i < filters.size(); i++) {
      RexPredicates.of(i, RexUtil.expandSearch(rex, null, filters.get(i)), fields).ifPresent(simple::add);
    }
    KeyLayout layout = CassandraTable.keyLayout(m);
    PushdownDecision<ValueSource> decision = KeyPredicateSplitter.split(layout, simple, filters.size());
    List<RexNode> remaining = decision.remaining().stream().map(filters::get).toList();
    filters.clear();
    filters.addAll(remaining);
    List<String> columns = new ArrayList<>(keys.stream().map(k -> k.getName().asInternal()).toList());
    columns.add(collection.asInternal());
    CqlSelect<ValueSource> select = CqlSelect.<ValueSource>of(keyspace.asInternal(), table.asInternal(), columns)
        .withWhere(decision.pushed());
    return CollectionScan.run(executor, keys, m.getColumn(collection).orElseThrow(), select, root, projects);
  }
}
