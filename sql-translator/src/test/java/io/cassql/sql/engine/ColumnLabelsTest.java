package io.cassql.sql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Result-column labels as the SQL standard gives them, without a server. */
class ColumnLabelsTest {
  @Test
  void a_number_calcite_appended_to_a_repeated_column_name_is_dropped() {
    String sql = "SELECT * FROM ks.a JOIN ks.b ON a.id = b.id";
    assertEquals("id", ColumnLabels.label("id0", "id", sql));
    assertEquals("Dept", ColumnLabels.label("Dept12", "Dept", sql));
  }

  @Test
  void a_label_the_query_text_writes_is_kept() {
    assertEquals(
        "id0", ColumnLabels.label("id0", "id", "SELECT a.id, b.id AS ID0 FROM ks.a, ks.b"));
    assertEquals("id0", ColumnLabels.label("id0", "id", "SELECT \"id0\" FROM (SELECT 1) t"));
  }

  @Test
  void a_label_the_text_contains_only_inside_another_word_is_still_dropped() {
    assertEquals("id", ColumnLabels.label("id0", "id", "SELECT * FROM ks.a JOIN ks.id0x ON true"));
  }

  @Test
  void computed_columns_aliases_and_genuine_names_are_left_alone() {
    assertEquals("EXPR$0", ColumnLabels.label("EXPR$0", null, "SELECT 1"));
    assertEquals("total", ColumnLabels.label("total", "amount", "SELECT amount AS total FROM t"));
    assertEquals("id0", ColumnLabels.label("id0", "id0", "SELECT * FROM t"));
    assertEquals("idx", ColumnLabels.label("idx", "id", "SELECT id AS idx FROM t"));
  }
}
