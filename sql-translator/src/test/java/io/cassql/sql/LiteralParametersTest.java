package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.cassql.sql.LiteralParameters.Parameterized;
import io.cassql.sql.LiteralParameters.Value;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the literal normalizer replaces, what it leaves, and that replaced literals keep their
 * types.
 */
class LiteralParametersTest {

  private static String text(String sql) {
    return LiteralParameters.of(sql).text();
  }

  @Test
  void should_replace_literals_compared_in_where_with_typed_parameters_in_text_order() {
    Parameterized p =
        LiteralParameters.of(
            "SELECT id FROM shop.orders WHERE customer = 'cid' AND \"year\" = 2024");
    assertEquals(
        "SELECT id FROM shop.orders WHERE customer = CAST(? AS CHAR(3)) AND \"year\" = CAST(? AS INTEGER)",
        p.text());
    assertEquals(List.of(new Value("cid", Types.CHAR), new Value(2024, Types.INTEGER)), p.values());
  }

  @Test
  void should_give_one_text_to_queries_differing_only_in_a_literal_of_the_same_shape() {
    assertEquals(text("SELECT v FROM t WHERE k = 1"), text("SELECT v FROM t WHERE k = 99"));
    assertEquals(text("SELECT v FROM t WHERE s = 'ab'"), text("SELECT v FROM t WHERE s = 'xy'"));
    assertEquals(
        LiteralParameters.of("SELECT v FROM t WHERE k = 99").values(),
        List.of(new Value(99, Types.INTEGER)));
  }

  @Test
  void should_keep_the_literal_type_precision_and_scale_in_the_text() {
    assertEquals(
        "SELECT v FROM t WHERE d = CAST(? AS DECIMAL(3, 2))",
        text("SELECT v FROM t WHERE d = 1.50"));
    assertEquals(
        "SELECT v FROM t WHERE d = CAST(? AS DECIMAL(2, 1))",
        text("SELECT v FROM t WHERE d = 1.5"));
    assertEquals(
        "SELECT v FROM t WHERE d = CAST(? AS BIGINT)",
        text("SELECT v FROM t WHERE d = 5000000000"));
    assertEquals(
        "SELECT v FROM t WHERE d = CAST(? AS DOUBLE)", text("SELECT v FROM t WHERE d = 1.5e0"));
    assertEquals(
        new Value(new BigDecimal("1.50"), Types.DECIMAL),
        LiteralParameters.of("SELECT v FROM t WHERE d = 1.50").values().get(0));
    assertNotEquals(
        text("SELECT v FROM t WHERE s = 'ab'"),
        text("SELECT v FROM t WHERE s = 'abc'"),
        "CHAR(2) and CHAR(3) are different types");
  }

  @Test
  void should_replace_in_on_having_between_and_subquery_conditions() {
    assertEquals(
        "SELECT a.k FROM a JOIN b ON a.k = b.k AND b.x > CAST(? AS INTEGER) "
            + "WHERE a.v BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER) "
            + "AND a.k IN (SELECT k FROM c WHERE c.s <> CAST(? AS CHAR(1))) GROUP BY a.k HAVING COUNT(*) >= CAST(? AS INTEGER)",
        text(
            "SELECT a.k FROM a JOIN b ON a.k = b.k AND b.x > 3 WHERE a.v BETWEEN 1 AND 9 "
                + "AND a.k IN (SELECT k FROM c WHERE c.s <> 'z') GROUP BY a.k HAVING COUNT(*) >= 2"));
    assertEquals(
        "WITH w AS (SELECT k FROM t WHERE k < CAST(? AS INTEGER)) SELECT k FROM w UNION SELECT k FROM u "
            + "WHERE k = CAST(? AS INTEGER)",
        text(
            "WITH w AS (SELECT k FROM t WHERE k < 5) SELECT k FROM w UNION SELECT k FROM u WHERE k = 6"));
  }

  @Test
  void should_leave_literals_whose_place_decides_semantics_or_types() {
    for (String sql :
        List.of(
            "SELECT 1, 'x', k + 2 FROM t",
            "SELECT k FROM t ORDER BY 1 LIMIT 10 OFFSET 5",
            "SELECT k FROM t OFFSET 5 ROWS FETCH FIRST 3 ROWS ONLY",
            "SELECT k, COUNT(*) FROM t GROUP BY 1",
            "SELECT k FROM t WHERE CAST(s AS VARCHAR(5)) = CAST('abc' AS VARCHAR(5))",
            "SELECT k FROM t WHERE ts > TIMESTAMP '2024-01-01 00:00:00' - INTERVAL '1' DAY",
            "SELECT k FROM t WHERE d = DATE '2024-01-01'",
            "SELECT k FROM t WHERE s LIKE 'ab%'",
            "SELECT k FROM t WHERE k IN (1, 2, 3)",
            "SELECT k FROM t WHERE b = TRUE AND s IS NULL",
            "SELECT k FROM t WHERE d = '2024-01-01' AND n = '42' AND f = 'true' AND e = ''",
            "SELECT k FROM t WHERE s = N'abc' AND u = U&'\\0041' AND x = X'0F'",
            "SELECT k FROM t WHERE 1 = 1",
            "SELECT k FROM t WHERE k = ?",
            "EXPLAIN PLAN FOR SELECT k FROM t WHERE k = 1",
            "SELECT k FROM t WHERE UPPER(s) = LOWER('ABC')",
            "not sql at all")) {
      Parameterized p = LiteralParameters.of(sql);
      assertEquals(sql, p.text(), sql);
      assertFalse(p.changed(), sql);
    }
  }

  @Test
  void should_find_literals_after_comments_line_breaks_tabs_and_escaped_quotes() {
    Parameterized p =
        LiteralParameters.of(
            "-- c'omment\r\nSELECT k /* 'x' */ FROM t\n\tWHERE s = 'it''s'\r\n\tAND k = -7");
    assertEquals(
        "-- c'omment\r\nSELECT k /* 'x' */ FROM t\n\tWHERE s = CAST(? AS CHAR(4))\r\n\tAND k = "
            + p.text().substring(p.text().lastIndexOf("= ") + 2),
        p.text());
    assertEquals(new Value("it's", Types.CHAR), p.values().get(0));
    assertEquals(2, p.values().size());
    assertEquals(
        -7,
        ((Number) p.values().get(1).value()).intValue()
            * (p.text().endsWith("-CAST(? AS INTEGER)") || p.text().endsWith("- CAST(? AS INTEGER)")
                ? -1
                : 1));
  }

  @Test
  void should_keep_non_ascii_text_whole() {
    Parameterized p = LiteralParameters.of("SELECT v FROM canary WHERE v = '日本😀'");
    assertEquals("SELECT v FROM canary WHERE v = CAST(? AS CHAR(4))", p.text());
    assertEquals("日本😀", p.values().get(0).value());
  }
}
