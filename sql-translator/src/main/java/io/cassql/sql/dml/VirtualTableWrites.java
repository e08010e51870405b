package io.cassql.sql.dml;

import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import io.cassql.relational.ElementPart;
import io.cassql.relational.ElementWrites;
import io.cassql.relational.ElementWrites.Bind;
import io.cassql.relational.ElementWrites.ElementWrite;
import io.cassql.sql.exec.ValueSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes on a virtual table: the relational model's {@link ElementWrites} decides the CQL (one
 * collection update of the base table's row); this binds the statement's values to its markers.
 */
final class VirtualTableWrites {
  private final ColumnMetadata collection;
  private final String tableCql;

  VirtualTableWrites(ColumnMetadata collection, String tableCql) {
    this.collection = collection;
    this.tableCql = tableCql;
  }

  private ElementWrites writes(Map<ColumnMetadata, ValueSource> key) {
    List<ElementWrites.KeyColumn> keyColumns = new ArrayList<>();
    key.keySet()
        .forEach(
            k ->
                keyColumns.add(new ElementWrites.KeyColumn(k.getName().asInternal(), k.getType())));
    try {
      return new ElementWrites(
          tableCql, collection.getName().asInternal(), collection.getType(), keyColumns);
    } catch (ElementWrites.Refused e) {
      throw refuse(e);
    }
  }

  private String prefix() {
    return collection.getName().asInternal();
  }

  /** INSERT of one row: {@code element} holds values by virtual column name (lower case). */
  CqlWrite insert(Map<ColumnMetadata, ValueSource> key, Map<String, ValueSource> element) {
    Set<ElementPart> given = EnumSet.noneOf(ElementPart.class);
    for (ElementPart part : List.of(ElementPart.INDEX, ElementPart.KEY, ElementPart.VALUE)) {
      if (element.containsKey(part.columnName(prefix()))) {
        given.add(part);
      }
    }
    try {
      return bind(writes(key).insert(given), key, part -> element.get(part.columnName(prefix())));
    } catch (ElementWrites.Refused e) {
      throw refuse(e);
    }
  }

  /** UPDATE of the element at an index (list) or key (map). */
  CqlWrite update(
      Map<ColumnMetadata, ValueSource> key, ValueSource elementKey, ValueSource newValue) {
    try {
      return bind(
          writes(key).update(), key, part -> part == ElementPart.VALUE ? newValue : elementKey);
    } catch (ElementWrites.Refused e) {
      throw refuse(e);
    }
  }

  /** DELETE of one element: by index (list), key (map) or value (set). */
  CqlWrite delete(Map<ColumnMetadata, ValueSource> key, ValueSource element) {
    try {
      return bind(writes(key).delete(), key, part -> element);
    } catch (ElementWrites.Refused e) {
      throw refuse(e);
    }
  }

  /** The virtual column that identifies an element for UPDATE and DELETE. */
  String elementColumn() {
    return writes(Map.of()).identifyingColumn();
  }

  /** The write's markers bound in order: element parts from {@code parts}, key columns by name. */
  private static CqlWrite bind(
      ElementWrite write,
      Map<ColumnMetadata, ValueSource> key,
      Function<ElementPart, ValueSource> parts) {
    List<ValueSource> values = new ArrayList<>();
    List<com.datastax.oss.driver.api.core.type.DataType> types = new ArrayList<>();
    for (Bind b : write.binds()) {
      ValueSource v;
      if (b.part() == ElementPart.COLUMN) {
        v =
            key.entrySet().stream()
                .filter(e -> e.getKey().getName().asInternal().equals(b.keyColumn()))
                .findFirst()
                .orElseThrow()
                .getValue();
      } else {
        v = parts.apply(b.part());
        v = b.asCollection() ? new ValueSource.Element(v) : v;
      }
      values.add(v);
      types.add(b.type());
    }
    return new CqlWrite(write.cql(), values, types);
  }

  private static DmlException refuse(ElementWrites.Refused e) {
    return new DmlException(DmlException.Kind.UNSUPPORTED, e.getMessage());
  }
}
