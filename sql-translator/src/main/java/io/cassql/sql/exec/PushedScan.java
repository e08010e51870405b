package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.metadata.token.Token;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.schema.types.DriverValues;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.ComparisonOp;
import io.cassql.sql.pushdown.CqlSelect;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Runs one pushed scan: prepares its CQL (the driver caches prepared statements per text), binds
 * literals and parameters converted to the columns' CQL types, and streams rows page by page.
 */
public final class PushedScan {
  private PushedScan() {}

  /** The rows of {@code spec}, read lazily when the enumerable is enumerated. */
  public static Enumerable<Object> run(CqlExecutor executor, TableMetadata table, ScanSpec spec,
      DataContext context) {
    CqlSelect<ValueSource> select = spec.select();
    DataType[] types = new DataType[select.columns().size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = column(table, select.columns().get(i)).getType();
    }
    CollectionLayout layout = spec.layout();
    RowConverter converter = layout == null ? new RowConverter(types)
        : new RowConverter(types, CollectionExploder.rawColumns(layout, select.columns()));
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        Enumerator<Object> physical = physicalRows(executor, table, spec, converter, context);
        return layout == null ? physical : new CollectionExploder(physical, layout, select.columns(), table);
      }
    };
  }

  /** The physical rows: parallel token ranges for an unrestricted scan, else one paged request. */
  private static Enumerator<Object> physicalRows(CqlExecutor executor, TableMetadata table, ScanSpec spec,
      RowConverter converter, DataContext context) {
    CqlSelect<ValueSource> select = spec.select();
    QueryDeadline deadline = QueryDeadline.startingNow(context);
    if (select.where().isEmpty() && select.limit() == null && !select.allowFiltering()
        && executor.scanParallelism() > 1) {
      Enumerator<Object> split = tokenRangeScan(executor, table, select, converter, deadline);
      if (split != null) {
        return split;
      }
    }
    String cql = spec.cql();
    executor.logged(cql);
    PreparedStatement prepared = executor.prepare(cql, deadline.requestTimeout(executor.timeout()));
    BoundStatementBuilder b = prepared.boundStatementBuilder();
    List<Object> values = select.markerValues(p -> bindValue(p, column(table, p.column()).getType(), context));
    for (int i = 0; i < values.size(); i++) {
      DataType type = prepared.getVariableDefinitions().get(i).getType();
      b = b.set(i, values.get(i), b.codecRegistry().codecFor(type));
    }
    ResultSet rs = executor.session().execute(b.setPageSize(executor.fetchSize())
        .setConsistencyLevel(executor.consistency()).setTimeout(deadline.requestTimeout(executor.timeout()))
        .setIdempotence(true).build());
    return new RowEnumerator(rs.iterator(), converter, deadline);
  }

  /** A parallel scan by token ranges, or null when the cluster's token map is not known. */
  private static Enumerator<Object> tokenRangeScan(CqlExecutor executor, TableMetadata table,
      CqlSelect<ValueSource> select, RowConverter converter, QueryDeadline deadline) {
    TokenMap tokens = executor.session().getMetadata().getTokenMap().orElse(null);
    if (tokens == null || tokens.getTokenRanges().isEmpty()) {
      return null;
    }
    List<String> partitionKeys = table.getPartitionKey().stream().map(c -> c.getName().asInternal()).toList();
    String bounded = select.tokenRangeCql(partitionKeys, true);
    String unbounded = select.tokenRangeCql(partitionKeys, false);
    executor.logged(bounded);
    Token min = TokenRangeScan.minToken(tokens);
    return new TokenRangeScan(executor, TokenRangeScan.splits(tokens, executor.scanParallelism() * 4), min,
        executor.prepare(bounded, deadline.requestTimeout(executor.timeout())),
        executor.prepare(unbounded, deadline.requestTimeout(executor.timeout())), converter, deadline);
  }

  /** The value bound for a pushed predicate: its literals or parameters as the column's CQL type (a list for IN). */
  static Object bindValue(ColumnPredicate<ValueSource> p, DataType type, DataContext context) {
    List<Object> converted = new ArrayList<>();
    for (ValueSource source : p.values()) {
      Object raw = source instanceof ValueSource.Literal l ? l.value()
          : context.get("?" + ((ValueSource.Param) source).index());
      converted.add(DriverValues.convert(raw, type));
    }
    if (p.op() == ComparisonOp.IN) {
      return converted;
    }
    return converted.get(0);
  }

  private static ColumnMetadata column(TableMetadata table, String name) {
    return table.getColumn(CqlIdentifier.fromInternal(name))
        .orElseThrow(() -> new IllegalStateException("column " + name + " is gone from " + table.getName()));
  }

  /** Converts driver rows as the consumer advances; one page in memory at a time. */
  private static final class RowEnumerator implements Enumerator<Object> {
    private final Iterator<Row> rows;
    private final RowConverter converter;
    private final QueryDeadline deadline;
    private Object current;

    RowEnumerator(Iterator<Row> rows, RowConverter converter, QueryDeadline deadline) {
      this.rows = rows;
      this.converter = converter;
      this.deadline = deadline;
    }

    @Override
    public Object current() {
      return current;
    }

    @Override
    public boolean moveNext() {
      deadline.check();
      if (!rows.hasNext()) {
        return false;
      }
      current = converter.row(rows.next());
      return true;
    }

    @Override
    public void reset() {
      throw new UnsupportedOperationException("a Cassandra scan cannot be rewound");
    }

    @Override
    public void close() {
      current = null;
    }
  }
}
