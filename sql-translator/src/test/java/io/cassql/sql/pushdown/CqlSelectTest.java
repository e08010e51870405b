package io.cassql.sql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CqlSelectTest {

  @Test
  void should_quote_only_what_must_be_quoted_and_never_inline_values() {
    CqlSelect<String> s =
        CqlSelect.<String>of("mykeyspace", "ExampleTable", List.of("pk_int", "Value"))
            .withWhere(
                List.of(
                    new ColumnPredicate<>(
                        0, "pk_int", ComparisonOp.IN, List.of("x'); DROP TABLE t; --"))))
            .withLimit(10);
    assertEquals(
        "SELECT pk_int, \"Value\" FROM mykeyspace.\"ExampleTable\" WHERE pk_int IN ? LIMIT ?",
        s.cql());
    assertEquals(List.of(List.of("x'); DROP TABLE t; --"), 10), s.markerValues(p -> p.values()));
  }

  @Test
  void should_order_by_clustering_columns_in_one_direction() {
    CqlSelect<String> s =
        CqlSelect.<String>of("ks", "t", List.of("v"))
            .withWhere(
                List.of(
                    new ColumnPredicate<>(0, "p", ComparisonOp.EQ, List.of("1")),
                    new ColumnPredicate<>(1, "c", ComparisonOp.GE, List.of("2"))))
            .withOrder(List.of("c", "d"), List.of(true, false))
            .withLimit(5)
            .withLimit(3);
    assertEquals(
        "SELECT v FROM ks.t WHERE p = ? AND c >= ? ORDER BY c DESC, d ASC LIMIT ?", s.cql());
    assertEquals(3L, s.limit());
  }

  @Test
  void should_read_a_token_range_of_a_full_scan() {
    CqlSelect<String> s = CqlSelect.of("ks", "t", List.of("a", "v"));
    assertEquals(
        "SELECT a, v FROM ks.t WHERE token(a, \"B\") > ? AND token(a, \"B\") <= ?",
        s.tokenRangeCql(List.of("a", "B"), true));
    assertEquals("SELECT a, v FROM ks.t WHERE token(a) > ?", s.tokenRangeCql(List.of("a"), false));
  }

  @Test
  void should_read_a_token_range_as_a_wildcard_when_the_select_reads_every_column() {
    CqlSelect<String> s = CqlSelect.of("ks", "T", List.of("v", "a"));
    assertTrue(s.readsAll(List.of("a", "v")));
    assertFalse(s.readsAll(List.of("a", "v", "w")), "a column left out");
    assertFalse(CqlSelect.<String>of("ks", "T", List.of("a", "a")).readsAll(List.of("a", "v")));
    assertEquals(
        "SELECT * FROM ks.\"T\" WHERE token(a) > ? AND token(a) <= ?",
        s.tokenRangeCql(List.of("a"), true, true));
  }
}
