package io.cassql.relational;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CQL of a write through the virtual table of one collection column: each write is one
 * collection update of the base table's row (never a read of it). INSERT appends to a list (or sets
 * the element at {@code <C>_index}), adds to a set, puts into a map; UPDATE replaces the element at
 * {@code <C>_index} / {@code <C>_key}; DELETE removes the element at that index or key, or a set
 * element by value.
 */
public final class ElementWrites {
  private final String table;
  private final String collection;
  private final DataType type;
  private final CollectionShape shape;
  private final List<KeyColumn> key;

  /**
   * A primary-key column of the base table that every write binds.
   *
   * @param name the column's internal (unquoted) name
   * @param type its CQL type
   */
  public record KeyColumn(String name, DataType type) {}

  /**
   * What one bind marker of a write takes.
   *
   * @param part the element part whose value is bound ({@link ElementPart#COLUMN} for a key column)
   * @param keyColumn for a key column, its internal name; else null
   * @param asCollection whether the value is bound wrapped in a one-element collection of the
   *     column's type (list append, set add and remove)
   * @param type the CQL type the marker takes
   */
  public record Bind(ElementPart part, String keyColumn, boolean asCollection, DataType type) {}

  /**
   * One write: its CQL text and its bind markers in order (the element's parts, then the key).
   *
   * @param cql the statement
   * @param binds what each {@code ?} takes
   */
  public record ElementWrite(String cql, List<Bind> binds) {
    public ElementWrite {
      binds = List.copyOf(binds);
    }
  }

  /** A write that a virtual table cannot express (the message says what to do instead). */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Writes on {@code collection} (internal name, of CQL type {@code type}) of the table whose CQL
   * name is {@code tableCql}, keyed by {@code key} (partition key first).
   */
  public ElementWrites(String tableCql, String collection, DataType type, List<KeyColumn> key) {
    this.table = tableCql;
    this.collection = collection;
    this.type = type;
    this.shape =
        CollectionShape.of(type)
            .orElseThrow(() -> new Refused(collection + " is not a list, set or map"));
    this.key = List.copyOf(key);
  }

  /** The element part that identifies an element for UPDATE and DELETE. */
  public ElementPart identifyingPart() {
    return switch (shape) {
      case LIST -> ElementPart.INDEX;
      case MAP -> ElementPart.KEY;
      case SET -> ElementPart.VALUE;
    };
  }

  /** The virtual-table column that identifies an element for UPDATE and DELETE. */
  public String identifyingColumn() {
    return identifyingPart().columnName(collection);
  }

  /** INSERT of one element, given values for {@code given} of the element's parts. */
  public ElementWrite insert(Set<ElementPart> given) {
    if (!given.contains(ElementPart.VALUE)) {
      throw new Refused(
          "INSERT into a virtual table needs " + ElementPart.VALUE.columnName(collection));
    }
    return switch (shape) {
      case LIST ->
          given.contains(ElementPart.INDEX) ? atPosition(ElementPart.INDEX) : addToCollection("+");
      case SET -> addToCollection("+");
      case MAP -> {
        if (!given.contains(ElementPart.KEY)) {
          throw new Refused(
              "INSERT into a map's virtual table needs " + ElementPart.KEY.columnName(collection));
        }
        yield atPosition(ElementPart.KEY);
      }
    };
  }

  /** UPDATE of the element at an index (list) or key (map); a set element cannot be updated. */
  public ElementWrite update() {
    if (shape == CollectionShape.SET) {
      throw new Refused("a set element cannot be updated; DELETE it and INSERT the new value");
    }
    return atPosition(identifyingPart());
  }

  /** DELETE of one element: by index (list), key (map) or value (set). */
  public ElementWrite delete() {
    if (shape == CollectionShape.SET) {
      return addToCollection("-");
    }
    ElementPart at = identifyingPart();
    List<Bind> binds = new ArrayList<>();
    binds.add(new Bind(at, null, false, partType(at)));
    return write("DELETE " + column() + "[?] FROM " + table + " WHERE " + keyWhere(), binds);
  }

  /** {@code SET c[?] = ?}: the element at a list index or map key. */
  private ElementWrite atPosition(ElementPart at) {
    List<Bind> binds = new ArrayList<>();
    binds.add(new Bind(at, null, false, partType(at)));
    binds.add(new Bind(ElementPart.VALUE, null, false, partType(ElementPart.VALUE)));
    return write("UPDATE " + table + " SET " + column() + "[?] = ? WHERE " + keyWhere(), binds);
  }

  /** {@code SET c = c + ?} or {@code - ?}, the element wrapped in a one-element collection. */
  private ElementWrite addToCollection(String operator) {
    List<Bind> binds = new ArrayList<>();
    binds.add(new Bind(ElementPart.VALUE, null, true, type));
    return write(
        "UPDATE "
            + table
            + " SET "
            + column()
            + " = "
            + column()
            + " "
            + operator
            + " ? WHERE "
            + keyWhere(),
        binds);
  }

  private DataType partType(ElementPart part) {
    return part == ElementPart.INDEX ? DataTypes.INT : CollectionShape.partType(type, part);
  }

  private ElementWrite write(String cql, List<Bind> binds) {
    for (KeyColumn k : key) {
      binds.add(new Bind(ElementPart.COLUMN, k.name(), false, k.type()));
    }
    return new ElementWrite(cql, binds);
  }

  private String column() {
    return quoted(collection);
  }

  private String keyWhere() {
    return key.stream().map(k -> quoted(k.name()) + " = ?").collect(Collectors.joining(" AND "));
  }

  private static String quoted(String internal) {
    return CqlIdentifier.fromInternal(internal).asCql(true);
  }
}
