package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.sql.LiteralParameters.Parameterized;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text parameterized from its shape's remembered template gives exactly what parsing it gives,
 * for every kind of literal, comment and quoting; texts the scanner cannot read are parsed.
 */
class LiteralShapesTest {
  private static final List<String> TEXTS =
      List.of(
          "SELECT v FROM t WHERE k = 42",
          "SELECT v FROM t WHERE k = 42 AND s = 'abc' AND d = 1.50 AND f = 1.5e3",
          "SELECT v FROM t WHERE d = .5 OR d = 0.25 OR d >= 12.0",
          "SELECT v FROM t WHERE s = 'it''s' AND u <> 'x y'",
          "SELECT v FROM t WHERE s = '123' AND b = 'true' AND e = '   '",
          "SELECT v FROM t WHERE s LIKE 'ab%' AND k IN (1, 2, 3) AND k BETWEEN 4 AND 9",
          "SELECT 'lit', 7, v FROM t WHERE k > 3 ORDER BY 1 LIMIT 10 OFFSET 5",
          "SELECT v FROM t WHERE dt = DATE '2024-01-31' AND ts < TIMESTAMP '2024-01-01 10:00:00'",
          "SELECT v FROM t WHERE dt > CURRENT_DATE - INTERVAL '3' DAY AND k = 8",
          "SELECT a.v FROM t a JOIN u b ON a.k = b.k AND b.s = 'q' WHERE a.k < 100",
          "SELECT k, COUNT(*) FROM t WHERE s <> 'z' GROUP BY k HAVING COUNT(*) > 2",
          "SELECT v FROM t WHERE k = (SELECT MAX(k) FROM u WHERE s = 'w')",
          "SELECT v FROM t -- it's a comment with 'quotes' and 12\nWHERE k = 5",
          "SELECT v /* 'not' 1 a literal */ FROM t WHERE k = 5",
          "SELECT \"it's\", \"a\"\"b\" FROM t WHERE \"k1\" = 6 AND x2 = 7",
          "SELECT v FROM t WHERE k = -5 AND j = +6 AND m = 3 - 2",
          "SELECT CASE WHEN k = 1 THEN 'one' ELSE 'many' END FROM t WHERE s = 'x'",
          "SELECT v FROM t WHERE k = 1\r\n  AND s = 'two\nlines'\r\n  AND d = 2.5",
          "EXPLAIN PLAN FOR SELECT v FROM t WHERE k = 1",
          "SELECT v FROM t WHERE k = 1 UNION SELECT v FROM u WHERE s = 'b'",
          "WITH w AS (SELECT k FROM t WHERE s = 'c') SELECT k FROM w WHERE k <> 4",
          "SELECT v FROM t WHERE s = 'concat' 'enated' AND k = 3",
          "SELECT v FROM t WHERE k = 12345.678901234567890123456789012345678901234567890");

  /** The text with each literal's characters changed but its shape kept. */
  private static String sibling(String sql) {
    LiteralShapes.Scan scan = LiteralShapes.scan(sql);
    StringBuilder out = new StringBuilder(sql);
    for (LiteralShapes.Literal l : scan.literals()) {
      String written = sql.substring(l.start(), l.end());
      if (l.string()
          && LiteralParameters.readsAsOtherType(written.substring(1, written.length() - 1))) {
        continue; // a date or number in a string: its value may decide how it parses
      }
      for (int i = l.start(); i < l.end(); i++) {
        char c = sql.charAt(i);
        if (c >= '0' && c <= '9') {
          out.setCharAt(i, (char) ('0' + (c - '0' + 3) % 10));
        } else if (l.string() && c >= 'a' && c < 'z') {
          out.setCharAt(i, (char) (c + 1));
        }
      }
    }
    return out.toString();
  }

  @Test
  void should_parameterize_a_text_from_its_shape_exactly_as_parsing_it_does() {
    int fromShape = 0;
    for (String text : TEXTS) {
      String other = sibling(text);
      LiteralParameters.of(other); // remembers the shape (parsed)
      Parameterized parsed = LiteralParameters.parse(text, null);
      long before = LiteralShapes.templateHits();
      assertEquals(parsed, LiteralParameters.of(text), text);
      fromShape += (int) (LiteralShapes.templateHits() - before);
    }
    // all but the text with signed numbers (a span of sign and digits is not one scanned literal)
    assertEquals(TEXTS.size() - 1, fromShape, "texts parameterized from their shape");
  }

  @Test
  void should_skip_the_parse_for_a_new_literal_of_a_known_shape() {
    LiteralParameters.of("SELECT v FROM shapes.t WHERE k = 17 AND s = 'abc'");
    long before = LiteralShapes.templateHits();
    Parameterized p = LiteralParameters.of("SELECT v FROM shapes.t WHERE k = 23 AND s = 'xyz'");
    assertEquals(before + 1, LiteralShapes.templateHits());
    assertEquals(
        "SELECT v FROM shapes.t WHERE k = CAST(? AS INTEGER) AND s = CAST(? AS CHAR(3))", p.text());
    assertEquals(
        List.of(23, "xyz"), p.values().stream().map(LiteralParameters.Value::value).toList());
  }

  @Test
  void should_not_take_a_shape_for_a_literal_whose_type_its_digits_do_not_decide() {
    assertTrue(LiteralShapes.scan("SELECT v FROM t WHERE k = 9").shape() != null);
    assertNull(LiteralShapes.scan("SELECT v FROM t WHERE k = 5000000000").shape());
    assertNull(LiteralShapes.scan("SELECT v FROM t WHERE k = 5.").shape());
    assertNull(LiteralShapes.scan("SELECT v FROM t WHERE s = N'abc'").shape());
    assertNull(LiteralShapes.scan("SELECT v FROM t WHERE s = X'0a'").shape());
    assertNull(LiteralShapes.scan("SELECT v FROM t WHERE k = ?").shape());
    assertNull(LiteralShapes.scan("SELECT v FROM t WHERE s = 'open").shape());
    assertEquals(
        LiteralParameters.parse("SELECT v FROM t WHERE k = 5000000000", null),
        LiteralParameters.of("SELECT v FROM t WHERE k = 5000000000"));
  }
}
