package io.cassql.sql.dml;

import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.cassql.relational.ElementPart;
import io.cassql.sql.exec.ValueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes on a virtual table, each one CQL collection update on the base table (never a read of the
 * row): INSERT appends to a list (or sets at {@code _index}), adds to a set, puts into a map;
 * UPDATE changes the element at {@code _index} / {@code _key}; DELETE removes it (a set element by
 * value).
 */
final class VirtualTableWrites {
  private final ColumnMetadata collection;
  private final String name;

  VirtualTableWrites(ColumnMetadata collection, String tableCql) {
    this.collection = collection;
    this.name = tableCql;
  }

  private String c() {
    return collection.getName().asCql(true);
  }

  private String prefix() {
    return collection.getName().asInternal();
  }

  private String keyWhere(Map<ColumnMetadata, ValueSource> key) {
    return key.keySet().stream()
        .map(k -> k.getName().asCql(true) + " = ?")
        .collect(Collectors.joining(" AND "));
  }

  /** INSERT of one row: {@code values} by virtual column name (lower case). */
  CqlWrite insert(Map<ColumnMetadata, ValueSource> key, Map<String, ValueSource> element) {
    DataType type = collection.getType();
    ValueSource value = element.get(ElementPart.VALUE.columnName(prefix()));
    if (value == null) {
      throw refuse("INSERT into a virtual table needs " + ElementPart.VALUE.columnName(prefix()));
    }
    List<ValueSource> values = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    String cql;
    if (type instanceof ListType list
        && element.containsKey(ElementPart.INDEX.columnName(prefix()))) {
      cql = "UPDATE " + name + " SET " + c() + "[?] = ? WHERE " + keyWhere(key);
      values.add(element.get(ElementPart.INDEX.columnName(prefix())));
      types.add(DataTypes.INT);
      values.add(value);
      types.add(list.getElementType());
    } else if (type instanceof ListType || type instanceof SetType) {
      cql = "UPDATE " + name + " SET " + c() + " = " + c() + " + ? WHERE " + keyWhere(key);
      values.add(new ValueSource.Element(value));
      types.add(type);
    } else if (type instanceof MapType map) {
      ValueSource mapKey = element.get(ElementPart.KEY.columnName(prefix()));
      if (mapKey == null) {
        throw refuse(
            "INSERT into a map's virtual table needs " + ElementPart.KEY.columnName(prefix()));
      }
      cql = "UPDATE " + name + " SET " + c() + "[?] = ? WHERE " + keyWhere(key);
      values.add(mapKey);
      types.add(map.getKeyType());
      values.add(value);
      types.add(map.getValueType());
    } else {
      throw refuse("not a collection");
    }
    return write(cql, values, types, key);
  }

  /** UPDATE of the element at an index (list) or key (map). */
  CqlWrite update(
      Map<ColumnMetadata, ValueSource> key, ValueSource elementKey, ValueSource newValue) {
    if (collection.getType() instanceof SetType) {
      throw refuse("a set element cannot be updated; DELETE it and INSERT the new value");
    }
    DataType keyType = collection.getType() instanceof MapType m ? m.getKeyType() : DataTypes.INT;
    DataType valueType =
        collection.getType() instanceof MapType m
            ? m.getValueType()
            : ((ListType) collection.getType()).getElementType();
    return write(
        "UPDATE " + name + " SET " + c() + "[?] = ? WHERE " + keyWhere(key),
        List.of(elementKey, newValue),
        List.of(keyType, valueType),
        key);
  }

  /** DELETE of one element: by index (list), key (map) or value (set). */
  CqlWrite delete(Map<ColumnMetadata, ValueSource> key, ValueSource element) {
    DataType type = collection.getType();
    if (type instanceof SetType) {
      return write(
          "UPDATE " + name + " SET " + c() + " = " + c() + " - ? WHERE " + keyWhere(key),
          List.of(new ValueSource.Element(element)),
          List.of(type),
          key);
    }
    DataType keyType = type instanceof MapType m ? m.getKeyType() : DataTypes.INT;
    return write(
        "DELETE " + c() + "[?] FROM " + name + " WHERE " + keyWhere(key),
        List.of(element),
        List.of(keyType),
        key);
  }

  /** The virtual column that identifies an element for UPDATE and DELETE. */
  String elementColumn() {
    DataType type = collection.getType();
    return (type instanceof ListType
            ? ElementPart.INDEX
            : type instanceof MapType ? ElementPart.KEY : ElementPart.VALUE)
        .columnName(prefix());
  }

  private CqlWrite write(
      String cql,
      List<ValueSource> values,
      List<DataType> types,
      Map<ColumnMetadata, ValueSource> key) {
    List<ValueSource> all = new ArrayList<>(values);
    List<DataType> allTypes = new ArrayList<>(types);
    key.forEach(
        (k, v) -> {
          all.add(v);
          allTypes.add(k.getType());
        });
    return new CqlWrite(cql, all, allTypes);
  }

  private static DmlException refuse(String why) {
    return new DmlException(DmlException.Kind.UNSUPPORTED, why);
  }
}
