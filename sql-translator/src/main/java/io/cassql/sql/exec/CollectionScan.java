package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.pushdown.CqlSelect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Reads a virtual table: the primary key and one collection column of each row (nothing else),
 * one output row per element; a null or empty collection gives no rows.
 */
public final class CollectionScan {
  private CollectionScan() {}

  /** The rows of the virtual table over {@code collection}, projected to {@code projects}. */
  public static Enumerable<Object[]> run(CqlExecutor executor, List<ColumnMetadata> keys, ColumnMetadata collection,
      CqlSelect<ValueSource> select, DataContext context, int[] projects) {
    DataType[] keyTypes = keys.stream().map(ColumnMetadata::getType).toArray(DataType[]::new);
    RowConverter keyConverter = new RowConverter(keyTypes);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        String cql = select.cql();
        executor.logged(cql);
        PreparedStatement prepared = executor.session().prepare(cql);
        BoundStatementBuilder b = prepared.boundStatementBuilder();
        List<Object> values = select.markerValues(p -> PushedScan.bindValue(p, keys.stream()
            .filter(k -> k.getName().asInternal().equals(p.column())).findFirst().orElseThrow().getType(), context));
        for (int i = 0; i < values.size(); i++) {
          DataType type = prepared.getVariableDefinitions().get(i).getType();
          b = b.set(i, values.get(i), b.codecRegistry().codecFor(type));
        }
        ResultSet rs = executor.session().execute(b.setPageSize(executor.fetchSize())
            .setConsistencyLevel(executor.consistency()).setTimeout(executor.timeout()).setIdempotence(true).build());
        return new Exploder(rs.iterator(), keyConverter, keys.size(), collection.getType(), projects);
      }
    };
  }

  /** Turns each Cassandra row into one row per collection element, as the consumer advances. */
  private static final class Exploder implements Enumerator<Object[]> {
    private final Iterator<Row> rows;
    private final RowConverter keys;
    private final int keyCount;
    private final DataType type;
    private final int[] projects;
    private final Deque<Object[]> pending = new ArrayDeque<>();
    private Object[] current;

    Exploder(Iterator<Row> rows, RowConverter keys, int keyCount, DataType type, int[] projects) {
      this.rows = rows;
      this.keys = keys;
      this.keyCount = keyCount;
      this.type = type;
      this.projects = projects;
    }

    @Override
    public boolean moveNext() {
      while (pending.isEmpty()) {
        if (!rows.hasNext()) {
          return false;
        }
        explode(rows.next());
      }
      current = pending.poll();
      return true;
    }

    private void explode(Row row) {
      if (row.isNull(keyCount)) {
        return;
      }
      Object[] key = new Object[keyCount];
      for (int i = 0; i < keyCount; i++) {
        key[i] = keys.value(row, i);
      }
      Object collection = row.getObject(keyCount);
      if (type instanceof ListType list) {
        int index = 0;
        for (Object e : (List<?>) collection) {
          add(key, index++, RowConverter.internal(e, CqlKind.of(list.getElementType()), list.getElementType()));
        }
      } else if (type instanceof SetType set) {
        for (Object e : (Iterable<?>) collection) {
          add(key, null, RowConverter.internal(e, CqlKind.of(set.getElementType()), set.getElementType()));
        }
      } else if (type instanceof MapType map) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) collection).entrySet()) {
          add(key, RowConverter.internal(e.getKey(), CqlKind.of(map.getKeyType()), map.getKeyType()),
              RowConverter.internal(e.getValue(), CqlKind.of(map.getValueType()), map.getValueType()));
        }
      }
    }

    private void add(Object[] key, Object keyOrIndex, Object value) {
      boolean set = type instanceof SetType;
      Object[] full = new Object[keyCount + (set ? 1 : 2)];
      System.arraycopy(key, 0, full, 0, keyCount);
      if (!set) {
        full[keyCount] = keyOrIndex;
      }
      full[full.length - 1] = value;
      if (projects == null) {
        pending.add(full);
      } else {
        Object[] out = new Object[projects.length];
        for (int i = 0; i < projects.length; i++) {
          out[i] = full[projects[i]];
        }
        pending.add(out);
      }
    }

    @Override
    public Object[] current() {
      return current;
    }

    @Override
    public void reset() {
      throw new UnsupportedOperationException("a Cassandra scan cannot be rewound");
    }

    @Override
    public void close() {
      pending.clear();
    }
  }
}
