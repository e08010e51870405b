package io.cassql.cli.internal.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cassql.cli.internal.format.SourceColumn;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Column types for --create and bound values, from the driver's JDBC types. */
class SinkDialectTest {
  private static SourceColumn column(int type, String name, int precision, int scale) {
    return new SourceColumn("c", type, name, precision, scale, false);
  }

  @Test
  void should_keep_cassandra_decimals_exact() {
    assertEquals(
        "DECFLOAT",
        SinkDialect.H2.columnType(column(Types.DECIMAL, "decimal", Integer.MAX_VALUE, 0)));
    assertEquals(
        "NUMERIC(100000)",
        SinkDialect.H2.columnType(column(Types.DECIMAL, "varint", Integer.MAX_VALUE, 0)));
    assertEquals(
        "NUMERIC(10, 2)", SinkDialect.H2.columnType(column(Types.DECIMAL, "DECIMAL", 10, 2)));
    assertEquals(
        "TEXT",
        SinkDialect.SQLITE.columnType(column(Types.DECIMAL, "decimal", Integer.MAX_VALUE, 0)));
    assertEquals("1.50", SinkDialect.SQLITE.bindValue(new BigDecimal("1.50")));
  }

  @Test
  void should_map_instants_uuids_and_binaries() {
    assertEquals(
        "TIMESTAMP(3) WITH TIME ZONE",
        SinkDialect.H2.columnType(column(Types.TIMESTAMP, "timestamp", 23, 3)));
    assertEquals("UUID", SinkDialect.H2.columnType(column(Types.OTHER, "timeuuid", 36, 0)));
    assertEquals(
        "VARBINARY",
        SinkDialect.H2.columnType(column(Types.VARBINARY, "blob", Integer.MAX_VALUE, 0)));
    assertEquals(
        "BLOB",
        SinkDialect.SQLITE.columnType(column(Types.VARBINARY, "blob", Integer.MAX_VALUE, 0)));
    assertEquals("INTEGER", SinkDialect.SQLITE.columnType(column(Types.TINYINT, "tinyint", 3, 0)));
    Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
    assertEquals(
        OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 678_000_000, ZoneOffset.UTC),
        SinkDialect.H2.bindValue(at));
    assertEquals("2026-01-02T03:04:05.678Z", SinkDialect.SQLITE.bindValue(at));
  }

  @Test
  void should_know_the_dialect_by_product_name() {
    assertEquals(SinkDialect.H2, SinkDialect.of("H2"));
    assertEquals(SinkDialect.SQLITE, SinkDialect.of("SQLite"));
    assertEquals(SinkDialect.GENERIC, SinkDialect.of("PostgreSQL"));
  }
}
