package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cassql.schema.types.CqlKind;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * Values cross between the driver's form and Calcite's run-time form without a time zone and
 * without loss.
 */
class SqlValuesTest {
  @Test
  void should_map_dates_times_and_timestamps_to_calcite_numbers_and_back() {
    LocalDate d = LocalDate.of(1969, 12, 31);
    assertEquals(-1, SqlValues.toInternal(d, CqlKind.DATE));
    assertEquals(d, SqlValues.toDriver(-1, CqlKind.DATE));
    LocalTime t = LocalTime.of(13, 45, 30, 123_000_000);
    assertEquals(49_530_123, SqlValues.toInternal(t, CqlKind.TIME));
    assertEquals(t, SqlValues.toDriver(49_530_123, CqlKind.TIME));
    Instant i = Instant.parse("2024-02-29T23:30:00.123Z");
    assertEquals(i.toEpochMilli(), SqlValues.toInternal(i, CqlKind.TIMESTAMP));
    assertEquals(i, SqlValues.toDriver(i.toEpochMilli(), CqlKind.TIMESTAMP));
  }

  @Test
  void should_carry_bytes_and_uuids() {
    ByteString bytes =
        (ByteString) SqlValues.toInternal(ByteBuffer.wrap(new byte[] {1, 2}), CqlKind.BLOB);
    assertEquals(ByteBuffer.wrap(new byte[] {1, 2}), SqlValues.toDriver(bytes, CqlKind.BLOB));
    UUID u = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    assertEquals(u.toString(), SqlValues.toInternal(u, CqlKind.UUID));
    assertEquals(u, SqlValues.toDriver(u.toString(), CqlKind.UUID));
  }

  @Test
  void should_type_calcite_columns_and_parameters() {
    assertEquals(CqlKind.INT, SqlValues.kindOf(SqlTypeName.INTEGER));
    assertEquals(CqlKind.FLOAT, SqlValues.kindOf(SqlTypeName.REAL));
    assertEquals(CqlKind.DOUBLE, SqlValues.kindOf(SqlTypeName.FLOAT));
    assertEquals(CqlKind.TIMESTAMP, SqlValues.kindOf(SqlTypeName.TIMESTAMP));
    assertEquals(null, SqlValues.kindOf(SqlTypeName.ANY));
  }
}
