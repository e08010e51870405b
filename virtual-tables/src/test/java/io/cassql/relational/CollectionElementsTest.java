package io.cassql.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cassql.relational.CollectionElements.Element;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The explode of collection values into virtual-table element rows, without a server. */
class CollectionElementsTest {
  private static final UnaryOperator<Object> SAME = v -> v;

  @Test
  void a_list_gives_its_elements_with_zero_based_indexes_in_order_duplicates_kept() {
    List<Element> rows =
        CollectionElements.explode(List.of("b", "a", "b"), CollectionShape.LIST, SAME, SAME);
    assertEquals(List.of(new Element(0, "b"), new Element(1, "a"), new Element(2, "b")), rows);
    assertEquals(2, rows.get(2).part(ElementPart.INDEX));
    assertEquals("b", rows.get(2).part(ElementPart.VALUE));
  }

  @Test
  void a_set_gives_its_elements_in_the_sets_order_with_no_index() {
    Set<Integer> set = new LinkedHashSet<>(List.of(3, 1, 2));
    List<Element> rows = CollectionElements.explode(set, CollectionShape.SET, SAME, SAME);
    assertEquals(List.of(3, 1, 2), rows.stream().map(Element::value).toList());
    rows.forEach(r -> assertNull(r.indexOrKey()));
  }

  @Test
  void a_map_gives_key_and_value_each_through_its_own_conversion() {
    Map<String, Long> map = new LinkedHashMap<>();
    map.put("x", 10L);
    map.put("y", 20L);
    List<Element> rows =
        CollectionElements.explode(
            map, CollectionShape.MAP, k -> "key:" + k, v -> ((Long) v).intValue() * 2);
    assertEquals(List.of(new Element("key:x", 20), new Element("key:y", 40)), rows);
    assertEquals("key:y", rows.get(1).part(ElementPart.KEY));
  }

  @Test
  void null_and_empty_collections_give_no_rows() {
    assertEquals(List.of(), CollectionElements.explode(null, CollectionShape.LIST, SAME, SAME));
    assertEquals(List.of(), CollectionElements.explode(Set.of(), CollectionShape.SET, SAME, SAME));
    assertEquals(List.of(), CollectionElements.explode(Map.of(), CollectionShape.MAP, SAME, SAME));
  }

  @Test
  void a_key_column_is_no_element_part() {
    Element e = new Element(0, "v");
    assertThrows(IllegalArgumentException.class, () -> e.part(ElementPart.COLUMN));
  }
}
