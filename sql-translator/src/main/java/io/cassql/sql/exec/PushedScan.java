package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.metadata.token.Token;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.schema.types.CqlKind;
import io.cassql.schema.types.DriverValues;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.ComparisonOp;
import io.cassql.sql.pushdown.CqlSelect;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Runs one pushed scan: prepares its CQL (once per cluster), binds literals and parameters
 * converted to the columns' CQL types, and streams rows page by page; every wait for a page checks
 * the query's cancel flag and deadline.
 */
public final class PushedScan {
  private PushedScan() {}

  /**
   * What generated code calls for the Cassandra part of a plan: the rows of the encoded scan, read
   * with the executor (connection settings) and control (cancel, deadline) of the execution.
   */
  public static Enumerable<Object> scan(DataContext context, String encodedSpec) {
    ScanSpec spec = ScanSpec.decode(encodedSpec);
    Object executor = context.get(CqlExecutor.CONTEXT_KEY);
    if (!(executor instanceof CqlExecutor e)) {
      throw new IllegalStateException(
          "this plan reads Cassandra tables and has no connection to read them with");
    }
    CqlSelect<ValueSource> select = spec.select();
    TableMetadata table =
        e.session()
            .getMetadata()
            .getKeyspace(CqlIdentifier.fromInternal(select.keyspace()))
            .flatMap(k -> k.getTable(CqlIdentifier.fromInternal(select.table())))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "table " + select.keyspace() + "." + select.table() + " no longer exists"));
    return run(e, table, spec, context);
  }

  /** The rows of {@code spec}, read lazily when the enumerable is enumerated. */
  public static Enumerable<Object> run(
      CqlExecutor executor, TableMetadata table, ScanSpec spec, DataContext context) {
    CqlSelect<ValueSource> select = spec.select();
    DataType[] types = new DataType[select.columns().size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = column(table, select.columns().get(i)).getType();
    }
    CollectionLayout layout = spec.layout();
    var driverContext = executor.session().getContext();
    RowConverter converter =
        new RowConverter(
            types,
            layout == null ? null : CollectionExploder.rawColumns(layout, select.columns()),
            driverContext.getCodecRegistry(),
            driverContext.getProtocolVersion());
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object> enumerator() {
        Enumerator<Object> physical = physicalRows(executor, table, spec, converter, context);
        return layout == null
            ? physical
            : new CollectionExploder(physical, layout, select.columns(), table);
      }
    };
  }

  /** The physical rows: parallel token ranges for an unrestricted scan, else one paged request. */
  private static Enumerator<Object> physicalRows(
      CqlExecutor executor,
      TableMetadata table,
      ScanSpec spec,
      RowConverter converter,
      DataContext context) {
    CqlSelect<ValueSource> select = spec.select();
    QueryControl control = QueryControl.of(context);
    control.check();
    if (select.where().isEmpty()
        && select.limit() == null
        && !select.allowFiltering()
        && executor.scanParallelism() > 1) {
      Enumerator<Object> split = tokenRangeScan(executor, table, select, converter, control);
      if (split != null) {
        return split;
      }
    }
    String cql = spec.cql();
    executor.logged(cql);
    PreparedStatement prepared = executor.prepare(cql, control);
    BoundStatementBuilder b = prepared.boundStatementBuilder();
    List<Object> values =
        select.markerValues(p -> bindValue(p, column(table, p.column()).getType(), context));
    for (int i = 0; i < values.size(); i++) {
      DataType type = prepared.getVariableDefinitions().get(i).getType();
      b = b.set(i, values.get(i), b.codecRegistry().codecFor(type));
    }
    BoundStatement statement =
        b.setPageSize(executor.fetchSize())
            .setConsistencyLevel(executor.consistency())
            .setTimeout(control.requestTimeout(executor.timeout()))
            .setIdempotence(true)
            .build();
    return new PagedRows(executor, control, statement, converter);
  }

  /** A parallel scan by token ranges, or null when the cluster's token map is not known. */
  private static Enumerator<Object> tokenRangeScan(
      CqlExecutor executor,
      TableMetadata table,
      CqlSelect<ValueSource> select,
      RowConverter converter,
      QueryControl control) {
    TokenMap tokens = executor.session().getMetadata().getTokenMap().orElse(null);
    if (tokens == null || tokens.getTokenRanges().isEmpty()) {
      return null;
    }
    List<String> partitionKeys =
        table.getPartitionKey().stream().map(c -> c.getName().asInternal()).toList();
    boolean wildcard =
        select.readsAll(table.getColumns().keySet().stream().map(c -> c.asInternal()).toList());
    String bounded = select.tokenRangeCql(partitionKeys, true, wildcard);
    String unbounded = select.tokenRangeCql(partitionKeys, false, wildcard);
    executor.logged(bounded);
    Token min = TokenRangeScan.minToken(tokens);
    return new TokenRangeScan(
        executor,
        TokenRangeScan.splits(tokens.getTokenRanges(), executor.scanParallelism() * 4),
        min,
        executor.prepare(bounded, control),
        executor.prepare(unbounded, control),
        converter,
        wildcard ? select.columns() : null,
        control);
  }

  /**
   * The value bound for a pushed predicate: its literals or parameters as the column's CQL type (a
   * list for IN).
   */
  static Object bindValue(ColumnPredicate<ValueSource> p, DataType type, DataContext context) {
    List<Object> converted = new ArrayList<>();
    for (ValueSource source : p.values()) {
      // a parameter arrives in Calcite's run-time form (days for a DATE, epoch millis for a
      // TIMESTAMP)
      Object raw =
          source instanceof ValueSource.Literal l
              ? l.value()
              : SqlValues.toDriver(
                  context.get("?" + ((ValueSource.Param) source).index()), CqlKind.of(type));
      converted.add(DriverValues.convert(raw, type));
    }
    if (p.op() == ComparisonOp.IN) {
      return converted;
    }
    return converted.get(0);
  }

  private static ColumnMetadata column(TableMetadata table, String name) {
    return table
        .getColumn(CqlIdentifier.fromInternal(name))
        .orElseThrow(
            () -> new IllegalStateException("column " + name + " is gone from " + table.getName()));
  }
}
