package io.cassql.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.cassql.relational.ElementWrites.Bind;
import io.cassql.relational.ElementWrites.ElementWrite;
import io.cassql.relational.ElementWrites.KeyColumn;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CQL of writes through virtual tables and what each marker binds, without a server. */
class ElementWritesTest {
  private static final List<KeyColumn> KEY =
      List.of(new KeyColumn("id", DataTypes.INT), new KeyColumn("Line", DataTypes.SMALLINT));
  private static final DataType LIST = DataTypes.listOf(DataTypes.TEXT);
  private static final DataType SET = DataTypes.setOf(DataTypes.UUID);
  private static final DataType MAP = DataTypes.mapOf(DataTypes.TEXT, DataTypes.BIGINT);

  private static ElementWrites on(String column, DataType type) {
    return new ElementWrites("ks.orders", column, type, KEY);
  }

  private static Bind part(ElementPart part, boolean wrapped, DataType type) {
    return new Bind(part, null, wrapped, type);
  }

  private static final List<Bind> KEY_BINDS =
      List.of(
          new Bind(ElementPart.COLUMN, "id", false, DataTypes.INT),
          new Bind(ElementPart.COLUMN, "Line", false, DataTypes.SMALLINT));

  private static List<Bind> with(Bind... parts) {
    List<Bind> all = new java.util.ArrayList<>(List.of(parts));
    all.addAll(KEY_BINDS);
    return all;
  }

  @Test
  void insert_into_a_list_appends_the_value_wrapped_in_a_one_element_list() {
    ElementWrite w = on("notes", LIST).insert(Set.of(ElementPart.VALUE));
    assertEquals("UPDATE ks.orders SET notes = notes + ? WHERE id = ? AND \"Line\" = ?", w.cql());
    assertEquals(with(part(ElementPart.VALUE, true, LIST)), w.binds());
  }

  @Test
  void insert_into_a_list_with_an_index_sets_that_position() {
    ElementWrite w = on("notes", LIST).insert(Set.of(ElementPart.INDEX, ElementPart.VALUE));
    assertEquals("UPDATE ks.orders SET notes[?] = ? WHERE id = ? AND \"Line\" = ?", w.cql());
    assertEquals(
        with(
            part(ElementPart.INDEX, false, DataTypes.INT),
            part(ElementPart.VALUE, false, DataTypes.TEXT)),
        w.binds());
  }

  @Test
  void insert_into_a_set_adds_and_into_a_map_puts() {
    assertEquals(
        "UPDATE ks.orders SET tags = tags + ? WHERE id = ? AND \"Line\" = ?",
        on("tags", SET).insert(Set.of(ElementPart.VALUE)).cql());
    ElementWrite put = on("attrs", MAP).insert(Set.of(ElementPart.KEY, ElementPart.VALUE));
    assertEquals("UPDATE ks.orders SET attrs[?] = ? WHERE id = ? AND \"Line\" = ?", put.cql());
    assertEquals(
        with(
            part(ElementPart.KEY, false, DataTypes.TEXT),
            part(ElementPart.VALUE, false, DataTypes.BIGINT)),
        put.binds());
  }

  @Test
  void update_replaces_the_element_at_an_index_or_key() {
    assertEquals(
        with(
            part(ElementPart.INDEX, false, DataTypes.INT),
            part(ElementPart.VALUE, false, DataTypes.TEXT)),
        on("notes", LIST).update().binds());
    assertEquals(
        "UPDATE ks.orders SET attrs[?] = ? WHERE id = ? AND \"Line\" = ?",
        on("attrs", MAP).update().cql());
  }

  @Test
  void delete_removes_by_index_key_or_set_value() {
    assertEquals(
        "DELETE notes[?] FROM ks.orders WHERE id = ? AND \"Line\" = ?",
        on("notes", LIST).delete().cql());
    assertEquals(
        with(part(ElementPart.KEY, false, DataTypes.TEXT)), on("attrs", MAP).delete().binds());
    ElementWrite remove = on("tags", SET).delete();
    assertEquals(
        "UPDATE ks.orders SET tags = tags - ? WHERE id = ? AND \"Line\" = ?", remove.cql());
    assertEquals(with(part(ElementPart.VALUE, true, SET)), remove.binds());
  }

  @Test
  void the_identifying_column_is_the_index_key_or_value() {
    assertEquals("notes_index", on("notes", LIST).identifyingColumn());
    assertEquals("attrs_key", on("attrs", MAP).identifyingColumn());
    assertEquals("tags_value", on("tags", SET).identifyingColumn());
  }

  @Test
  void writes_a_virtual_table_cannot_express_are_refused_with_what_to_do() {
    ElementWrites.Refused noValue =
        assertThrows(
            ElementWrites.Refused.class, () -> on("notes", LIST).insert(Set.of(ElementPart.INDEX)));
    assertTrue(noValue.getMessage().contains("notes_value"), noValue.getMessage());
    ElementWrites.Refused noKey =
        assertThrows(
            ElementWrites.Refused.class, () -> on("attrs", MAP).insert(Set.of(ElementPart.VALUE)));
    assertTrue(noKey.getMessage().contains("attrs_key"), noKey.getMessage());
    ElementWrites.Refused setUpdate =
        assertThrows(ElementWrites.Refused.class, () -> on("tags", SET).update());
    assertTrue(setUpdate.getMessage().contains("DELETE"), setUpdate.getMessage());
    assertThrows(ElementWrites.Refused.class, () -> on("price", DataTypes.DECIMAL));
  }
}
