package io.cassql.relational;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import java.util.List;
import java.util.Optional;

/**
 * The kind of a collection column, which decides the element columns of its virtual table: a list
 * gives {@code <C>_index} (int, 0-based) and {@code <C>_value}, a map {@code <C>_key} and {@code
 * <C>_value}, a set {@code <C>_value}; each after the base table's primary-key columns.
 */
public enum CollectionShape {
  LIST(List.of(ElementPart.INDEX, ElementPart.VALUE)),
  SET(List.of(ElementPart.VALUE)),
  MAP(List.of(ElementPart.KEY, ElementPart.VALUE));

  private final List<ElementPart> parts;

  CollectionShape(List<ElementPart> parts) {
    this.parts = parts;
  }

  /** The element parts a virtual table shows, in column order. */
  public List<ElementPart> parts() {
    return parts;
  }

  /**
   * The shape of a CQL type, empty when it is no list, set or map (a tuple, UDT or vector is a
   * value).
   */
  public static Optional<CollectionShape> of(DataType type) {
    if (type instanceof ListType) {
      return Optional.of(LIST);
    }
    if (type instanceof SetType) {
      return Optional.of(SET);
    }
    if (type instanceof MapType) {
      return Optional.of(MAP);
    }
    return Optional.empty();
  }

  /** The CQL type of part {@code part} of an element of a collection of type {@code collection}. */
  public static DataType partType(DataType collection, ElementPart part) {
    if (part == ElementPart.INDEX && collection instanceof ListType) {
      return DataTypes.INT;
    }
    if (part == ElementPart.KEY && collection instanceof MapType map) {
      return map.getKeyType();
    }
    if (part == ElementPart.VALUE) {
      if (collection instanceof ListType list) {
        return list.getElementType();
      }
      if (collection instanceof SetType set) {
        return set.getElementType();
      }
      if (collection instanceof MapType map) {
        return map.getValueType();
      }
    }
    throw new IllegalArgumentException("no " + part + " in a " + collection.asCql(true, true));
  }
}
