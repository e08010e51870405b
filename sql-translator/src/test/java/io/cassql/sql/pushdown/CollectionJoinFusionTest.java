package io.cassql.sql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.relational.CollectionShape;
import io.cassql.sql.pushdown.CollectionJoinFusion.Equality;
import io.cassql.sql.pushdown.CollectionLayout.Field;
import io.cassql.sql.pushdown.CollectionLayout.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionJoinFusionTest {
  private static final List<String> KEY = List.of("p", "c");
  private static final CollectionLayout BASE = CollectionLayout.ofColumns(List.of("p", "c", "v"));
  private static final CollectionLayout LIST =
      CollectionLayout.ofCollection(KEY, "l", CollectionShape.LIST);
  private static final CollectionLayout SET =
      CollectionLayout.ofCollection(KEY, "s", CollectionShape.SET);

  @Test
  void should_fuse_a_base_table_with_its_virtual_table_on_the_whole_key() {
    var fused =
        CollectionJoinFusion.fuse(
                BASE, LIST, List.of(new Equality(0, 0, 0), new Equality(1, 1, 1)), false, KEY)
            .orElseThrow();
    assertEquals(List.of(0, 1), fused.usedConjuncts());
    assertEquals(List.of("p", "c", "v", "l"), fused.layout().physicalColumns());
    assertEquals(
        List.of(
            Field.column("p"),
            Field.column("c"),
            Field.column("v"),
            Field.column("p"),
            Field.column("c"),
            new Field(Part.INDEX_OR_KEY, null, 0),
            new Field(Part.VALUE, null, 0)),
        fused.layout().fields());
    assertEquals(
        java.util.Arrays.asList("p", "c", "v", "p", "c", null, null),
        fused.layout().pushableColumns());
  }

  @Test
  void should_refuse_a_join_on_part_of_the_key_or_on_other_columns() {
    assertTrue(
        CollectionJoinFusion.fuse(BASE, LIST, List.of(new Equality(0, 0, 0)), false, KEY)
            .isEmpty());
    assertTrue(
        CollectionJoinFusion.fuse(
                BASE, LIST, List.of(new Equality(0, 0, 1), new Equality(1, 1, 0)), false, KEY)
            .isEmpty(),
        "p = c and c = p match no column with itself");
    assertTrue(
        CollectionJoinFusion.fuse(
                BASE, LIST, List.of(new Equality(0, 0, 0), new Equality(1, 2, 1)), false, KEY)
            .isEmpty(),
        "v = c is not a key equality");
  }

  @Test
  void should_renumber_sides_and_mask_the_outer_side_of_a_left_join() {
    CollectionLayout two =
        CollectionJoinFusion.fuse(
                LIST, SET, List.of(new Equality(0, 0, 0), new Equality(1, 1, 1)), true, KEY)
            .orElseThrow()
            .layout();
    assertEquals(
        List.of(
            new CollectionLayout.Side("l", CollectionShape.LIST, false),
            new CollectionLayout.Side("s", CollectionShape.SET, true)),
        two.sides());
    assertEquals(
        new Field(Part.COLUMN, "p", 1),
        two.fields().get(4),
        "the right side's key is null when its set is empty");
    assertEquals(new Field(Part.VALUE, null, 1), two.fields().get(6));
    assertEquals(
        java.util.Arrays.asList("p", "c", null, null, null, null, null), two.pushableColumns());
  }

  @Test
  void should_treat_a_left_join_with_a_base_table_as_inner_and_refuse_two_outer_collections() {
    CollectionLayout listAndSet =
        CollectionJoinFusion.fuse(
                LIST, SET, List.of(new Equality(0, 0, 0), new Equality(1, 1, 1)), false, KEY)
            .orElseThrow()
            .layout();
    var withBase =
        CollectionJoinFusion.fuse(
                LIST, BASE, List.of(new Equality(0, 0, 0), new Equality(1, 1, 1)), true, KEY)
            .orElseThrow()
            .layout();
    assertEquals(Field.column("v"), withBase.fields().get(6), "the base row always exists");
    assertTrue(
        CollectionJoinFusion.fuse(
                BASE, listAndSet, List.of(new Equality(0, 0, 0), new Equality(1, 1, 1)), true, KEY)
            .isEmpty());
  }

  @Test
  void should_keep_sides_when_projecting_fields_away() {
    CollectionLayout keysOnly = LIST.project(List.of(0));
    assertEquals(1, keysOnly.sides().size(), "each element still gives a row");
    assertEquals(List.of("p", "l"), keysOnly.physicalColumns());
  }
}
