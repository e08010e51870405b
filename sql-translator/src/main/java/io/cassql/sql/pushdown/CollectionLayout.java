package io.cassql.sql.pushdown;

import io.cassql.relational.CollectionShape;
import io.cassql.relational.ElementPart;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the rows of one read of a Cassandra table become output rows: each physical row gives the
 * cartesian product of the elements of its {@link Side}s (one per collection that is exploded), and
 * each output field is either a physical column or a part of one side's element. A base table has
 * no sides; a virtual table one; a join of a base table with its own virtual tables on the primary
 * key is the concatenation of their layouts.
 */
public record CollectionLayout(List<Side> sides, List<Field> fields) implements Serializable {

  public CollectionLayout {
    sides = List.copyOf(sides);
    fields = List.copyOf(fields);
  }

  /** Which part of a row a field reads. */
  public enum Part {
    COLUMN,
    INDEX_OR_KEY,
    VALUE
  }

  /**
   * One exploded collection. An outer side (the right side of a LEFT JOIN) gives one all-null
   * element when its collection is null or empty; an inner side gives no rows then.
   */
  public record Side(String collection, CollectionShape shape, boolean outer)
      implements Serializable {
    Side asOuter() {
      return new Side(collection, shape, true);
    }
  }

  /**
   * One output field: a physical {@code column} ({@link Part#COLUMN}), or a part of the element of
   * side {@code side}. A column field with {@code side >= 0} is null whenever that (outer) side is.
   */
  public record Field(Part part, String column, int side) implements Serializable {
    /** A plain column, never masked. */
    public static Field column(String column) {
      return new Field(Part.COLUMN, column, -1);
    }

    /** Whether the field always equals the physical column (so predicates on it may go to CQL). */
    public boolean isPlainColumn() {
      return part == Part.COLUMN && side < 0;
    }
  }

  /** A base table (or a projection of one): plain columns, no sides. */
  public static CollectionLayout ofColumns(List<String> columns) {
    return new CollectionLayout(List.of(), columns.stream().map(Field::column).toList());
  }

  /**
   * A virtual table: the key columns, then the parts of the collection's elements (the model's
   * element layout).
   */
  public static CollectionLayout ofCollection(
      List<String> keyColumns, String collection, CollectionShape shape) {
    List<Field> fields = new ArrayList<>(keyColumns.stream().map(Field::column).toList());
    for (ElementPart part : shape.parts()) {
      fields.add(new Field(part == ElementPart.VALUE ? Part.VALUE : Part.INDEX_OR_KEY, null, 0));
    }
    return new CollectionLayout(List.of(new Side(collection, shape, false)), fields);
  }

  /** The columns Cassandra must return: those of the fields, then every side's collection. */
  public List<String> physicalColumns() {
    Set<String> out = new LinkedHashSet<>();
    fields.stream().filter(f -> f.part() == Part.COLUMN).forEach(f -> out.add(f.column()));
    sides.forEach(s -> out.add(s.collection()));
    return List.copyOf(out);
  }

  /** For each field, the column a predicate on it may be pushed to, or null. */
  public List<String> pushableColumns() {
    return fields.stream().map(f -> f.isPlainColumn() ? f.column() : null).toList();
  }

  /** Whether each physical row gives exactly one output row (no sides). */
  public boolean isPlain() {
    return sides.isEmpty();
  }

  /**
   * The layout with only the fields at {@code positions}; sides (and so row counts) are unchanged.
   */
  public CollectionLayout project(List<Integer> positions) {
    return new CollectionLayout(sides, positions.stream().map(fields::get).toList());
  }

  /** This layout's fields followed by {@code right}'s, its sides renumbered after this one's. */
  public CollectionLayout concat(CollectionLayout right, boolean rightOuter) {
    List<Side> allSides = new ArrayList<>(sides);
    right.sides.forEach(s -> allSides.add(rightOuter ? s.asOuter() : s));
    List<Field> allFields = new ArrayList<>(fields);
    int shift = sides.size();
    for (Field f : right.fields) {
      if (f.part() != Part.COLUMN) {
        allFields.add(new Field(f.part(), null, f.side() + shift));
      } else if (rightOuter) {
        allFields.add(new Field(Part.COLUMN, f.column(), shift));
      } else {
        allFields.add(f.side() < 0 ? f : new Field(Part.COLUMN, f.column(), f.side() + shift));
      }
    }
    return new CollectionLayout(allSides, allFields);
  }
}
