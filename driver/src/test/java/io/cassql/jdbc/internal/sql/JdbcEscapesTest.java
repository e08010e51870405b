package io.cassql.jdbc.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class JdbcEscapesTest {

  @Test
  void should_rewrite_date_time_and_timestamp_literals() {
    assertEquals(
        "SELECT * FROM t WHERE d > DATE '2026-01-01' AND t < TIME '10:00:00' AND ts = TIMESTAMP '2026-01-01 10:00:00'",
        JdbcEscapes.rewrite(
            "SELECT * FROM t WHERE d > {d '2026-01-01'} AND t < {t '10:00:00'} AND ts = {ts '2026-01-01 10:00:00'}"));
  }

  @Test
  void should_unwrap_outer_joins_and_keep_functions_for_calcite() {
    assertEquals(
        "SELECT {fn UCASE(a.x)} FROM  a LEFT OUTER JOIN b ON a.k = b.k",
        JdbcEscapes.rewrite("SELECT {fn UCASE(a.x)} FROM {oj a LEFT OUTER JOIN b ON a.k = b.k}"));
    assertEquals(
        "SELECT x FROM t WHERE x LIKE 'a!%' ESCAPE '!'",
        JdbcEscapes.rewrite("SELECT x FROM t WHERE x LIKE 'a!%' {escape '!'}"));
  }

  @Test
  void should_leave_literals_identifiers_and_comments_alone() {
    String sql = "SELECT '{d ''x''}', \"{ts\" FROM t -- {oj\n/* {d '1'} */";
    assertEquals(sql, JdbcEscapes.rewrite(sql));
    assertFalse(JdbcEscapes.rewrite("SELECT 1").contains("{"));
  }
}
