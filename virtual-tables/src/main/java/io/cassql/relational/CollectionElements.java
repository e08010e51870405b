package io.cassql.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The explode of one collection value into the element rows of its virtual table: a list gives
 * (0-based index, element) in list order, a set (no index, element) in the set's order, a map (key,
 * value) in the map's order; a null or empty collection gives no rows.
 */
public final class CollectionElements {
  private CollectionElements() {}

  /**
   * One element row.
   *
   * @param indexOrKey a list element's 0-based index (an {@code Integer}), a map entry's key, null
   *     for a set
   * @param value the element, or the map entry's value
   */
  public record Element(Object indexOrKey, Object value) {
    /** The part of this element that the virtual-table column of {@code part} shows. */
    public Object part(ElementPart part) {
      return switch (part) {
        case INDEX, KEY -> indexOrKey;
        case VALUE -> value;
        case COLUMN -> throw new IllegalArgumentException("a key column is no element part");
      };
    }
  }

  /**
   * The elements of {@code collection} (a driver value: {@link List}, {@link java.util.Set} or
   * {@link Map}) of shape {@code shape}, each key and value passed through its conversion.
   */
  public static List<Element> explode(
      Object collection,
      CollectionShape shape,
      UnaryOperator<Object> keyConversion,
      UnaryOperator<Object> valueConversion) {
    if (collection == null) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    if (shape == CollectionShape.MAP) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) collection).entrySet()) {
        out.add(new Element(keyConversion.apply(e.getKey()), valueConversion.apply(e.getValue())));
      }
      return out;
    }
    int index = 0;
    for (Object e : (Iterable<?>) collection) {
      Integer position = shape == CollectionShape.LIST ? Integer.valueOf(index++) : null;
      out.add(new Element(position, valueConversion.apply(e)));
    }
    return out;
  }
}
