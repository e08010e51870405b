package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.relational.CollectionElements;
import io.cassql.relational.CollectionShape;
import io.cassql.relational.ElementPart;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.pushdown.CollectionLayout.Field;
import io.cassql.sql.pushdown.CollectionLayout.Part;
import io.cassql.sql.pushdown.CollectionLayout.Side;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Turns the physical rows of a read (collections still as driver values) into the rows of a {@link
 * CollectionLayout}: per physical row, the cartesian product of the sides' elements, each output
 * row holding the layout's fields. Only one physical row's product is held at a time.
 */
final class CollectionExploder implements Enumerator<Object> {
  private static final Object[] ABSENT = new Object[2];

  private final Enumerator<Object> physical;
  private final int[] sideColumn;
  private final Side[] sides;
  private final DataType[][] partTypes;
  private final int[] fieldColumn;
  private final Field[] fields;
  private final Deque<Object> pending = new ArrayDeque<>();
  private Object current;

  /** Explodes {@code physical}, whose columns are {@code columns} of {@code table}. */
  CollectionExploder(
      Enumerator<Object> physical,
      CollectionLayout layout,
      List<String> columns,
      TableMetadata table) {
    this.physical = physical;
    this.sides = layout.sides().toArray(Side[]::new);
    this.sideColumn = new int[sides.length];
    this.partTypes = new DataType[sides.length][];
    for (int s = 0; s < sides.length; s++) {
      sideColumn[s] = columns.indexOf(sides[s].collection());
      DataType type =
          table
              .getColumn(CqlIdentifier.fromInternal(sides[s].collection()))
              .orElseThrow()
              .getType();
      CollectionShape shape = sides[s].shape();
      partTypes[s] =
          new DataType[] {
            shape == CollectionShape.MAP ? CollectionShape.partType(type, ElementPart.KEY) : null,
            CollectionShape.partType(type, ElementPart.VALUE)
          };
    }
    this.fields = layout.fields().toArray(Field[]::new);
    this.fieldColumn = new int[fields.length];
    for (int f = 0; f < fields.length; f++) {
      fieldColumn[f] = fields[f].part() == Part.COLUMN ? columns.indexOf(fields[f].column()) : -1;
    }
  }

  /** Which physical columns to keep as raw driver collections. */
  static boolean[] rawColumns(CollectionLayout layout, List<String> columns) {
    boolean[] raw = new boolean[columns.size()];
    layout.sides().forEach(s -> raw[columns.indexOf(s.collection())] = true);
    return raw;
  }

  @Override
  public boolean moveNext() {
    while (pending.isEmpty()) {
      if (!physical.moveNext()) {
        return false;
      }
      explode((Object[]) physical.current());
    }
    current = pending.poll();
    return true;
  }

  private void explode(Object[] row) {
    List<List<Object[]>> elements = new ArrayList<>(sides.length);
    for (int s = 0; s < sides.length; s++) {
      List<Object[]> e = elements(s, row[sideColumn[s]]);
      if (e.isEmpty()) {
        if (!sides[s].outer()) {
          return;
        }
        e = List.<Object[]>of(ABSENT);
      }
      elements.add(e);
    }
    product(row, elements, 0, new Object[sides.length][]);
  }

  private void product(Object[] row, List<List<Object[]>> elements, int side, Object[][] chosen) {
    if (side == sides.length) {
      pending.add(output(row, chosen));
      return;
    }
    for (Object[] e : elements.get(side)) {
      chosen[side] = e;
      product(row, elements, side + 1, chosen);
    }
  }

  private Object output(Object[] row, Object[][] chosen) {
    Object[] out = new Object[fields.length];
    for (int f = 0; f < fields.length; f++) {
      Field field = fields[f];
      if (field.part() == Part.COLUMN) {
        out[f] = field.side() >= 0 && chosen[field.side()] == ABSENT ? null : row[fieldColumn[f]];
      } else {
        out[f] = chosen[field.side()][field.part() == Part.INDEX_OR_KEY ? 0 : 1];
      }
    }
    return fields.length == 1 ? out[0] : out;
  }

  /**
   * The {index or key, value} pairs of one collection (the relational model's explode), converted
   * to Calcite's values.
   */
  private List<Object[]> elements(int s, Object collection) {
    DataType keyType = partTypes[s][0];
    DataType valueType = partTypes[s][1];
    List<Object[]> out = new ArrayList<>();
    for (CollectionElements.Element e :
        CollectionElements.explode(
            collection, sides[s].shape(), k -> convert(k, keyType), v -> convert(v, valueType))) {
      out.add(new Object[] {e.indexOrKey(), e.value()});
    }
    return out;
  }

  private static Object convert(Object value, DataType type) {
    return RowConverter.internal(value, CqlKind.of(type), type);
  }

  @Override
  public Object current() {
    return current;
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a Cassandra scan cannot be rewound");
  }

  @Override
  public void close() {
    pending.clear();
    physical.close();
  }
}
