package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every CQL type bound through a PreparedStatement and read back through every sensible getter. */
class TypeMappingIT extends CassandraTestSupport {
  private static final String COLUMNS =
      "id, c_ascii, c_text, c_varchar, c_inet, c_bigint, c_blob, "
          + "c_boolean, c_date, c_decimal, c_double, c_float, c_int, c_smallint, c_tinyint, c_timestamp, "
          + "c_uuid, c_timeuuid, c_varint, c_time, c_duration, c_list, c_set, c_map, c_tuple, c_udt, "
          + "c_vector, c_frozen, c_nested";
  private static final String INSERT =
      "INSERT INTO types_ks.all_types ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static final BigDecimal DECIMAL = new BigDecimal("12345678901234567890.123456789012345678901");
  static final BigInteger VARINT = BigInteger.TWO.pow(100).add(BigInteger.ONE);
  static final Instant TIMESTAMP = Instant.parse("2026-11-25T10:15:30.123Z");
  static final LocalTime TIME = LocalTime.of(13, 14, 15, 123_456_789);
  static final UUID UUID_VALUE = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  static final UUID TIMEUUID = UUID.fromString("50554d6e-29bb-11e5-b345-feff819cdc9f");

  @BeforeAll
  static void schema() throws Exception {
    keyspace("types_ks");
    cql(
        "CREATE TYPE IF NOT EXISTS types_ks.address (street text, zip int)",
        "CREATE TABLE IF NOT EXISTS types_ks.all_types (id int PRIMARY KEY, c_ascii ascii, c_text text, "
            + "c_varchar varchar, c_inet inet, c_bigint bigint, c_blob blob, c_boolean boolean, c_date date, "
            + "c_decimal decimal, c_double double, c_float float, c_int int, c_smallint smallint, "
            + "c_tinyint tinyint, c_timestamp timestamp, c_uuid uuid, c_timeuuid timeuuid, c_varint varint, "
            + "c_time time, c_duration duration, c_list list<int>, c_set set<text>, c_map map<text, timestamp>, "
            + "c_tuple tuple<int, text, boolean>, c_udt frozen<address>, c_vector vector<float, 3>, "
            + "c_frozen frozen<list<blob>>, c_nested map<int, frozen<set<uuid>>>)",
        "CREATE TABLE IF NOT EXISTS types_ks.counters (id int PRIMARY KEY, hits counter)");
  }

  private static void bindJavaObjects(PreparedStatement ps, int id) throws Exception {
    ps.setInt(1, id);
    ps.setString(2, "plain ascii");
    ps.setString(3, "text with ünïcödé ✓ and 'quotes'");
    ps.setString(4, "varchar");
    ps.setString(5, "192.168.1.10");
    ps.setLong(6, Long.MAX_VALUE);
    ps.setBytes(7, new byte[] {0, 1, (byte) 0xff});
    ps.setBoolean(8, true);
    ps.setDate(9, java.sql.Date.valueOf("2026-02-28"));
    ps.setBigDecimal(10, DECIMAL);
    ps.setDouble(11, Math.PI);
    ps.setFloat(12, 1.5f);
    ps.setInt(13, Integer.MIN_VALUE);
    ps.setShort(14, Short.MAX_VALUE);
    ps.setByte(15, Byte.MIN_VALUE);
    ps.setTimestamp(16, Timestamp.from(TIMESTAMP));
    ps.setObject(17, UUID_VALUE);
    ps.setObject(18, TIMEUUID);
    ps.setObject(19, VARINT);
    ps.setObject(20, TIME);
    ps.setString(21, "P1Y2M3DT4H5M6.007S");
    ps.setObject(22, List.of(3, 1, 2));
    ps.setObject(23, java.util.Set.of("b"));
    ps.setObject(24, Map.of("k", TIMESTAMP));
    ps.setString(25, "[7, \"seven\", true]");
    ps.setString(26, "{\"street\": \"Main St\", \"zip\": 12345}");
    ps.setString(27, "[1.0, 2.5, -3.0]");
    ps.setString(28, "[\"0x00ff\"]");
    ps.setString(29, "{\"1\": [\"" + UUID_VALUE + "\"]}");
  }

  @Test
  void should_bind_and_read_every_type_losslessly() throws Exception {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      bindJavaObjects(ps, 1);
      assertEquals(0, ps.executeUpdate());
    }
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + COLUMNS + " FROM types_ks.all_types WHERE id = ?")) {
      ps.setInt(1, 1);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("plain ascii", rs.getObject("c_ascii"));
        assertEquals("text with ünïcödé ✓ and 'quotes'", rs.getString("c_text"));
        assertEquals("varchar", rs.getString("c_varchar"));
        assertEquals("192.168.1.10", rs.getObject("c_inet"));
        assertEquals(Long.MAX_VALUE, rs.getObject("c_bigint"));
        assertEquals(Long.MAX_VALUE, rs.getLong("c_bigint"));
        assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, (byte[]) rs.getObject("c_blob"));
        assertEquals("0x0001ff", rs.getString("c_blob"));
        assertEquals(Boolean.TRUE, rs.getObject("c_boolean"));
        assertEquals(java.sql.Date.valueOf("2026-02-28"), rs.getObject("c_date"));
        assertEquals(LocalDate.of(2026, 2, 28), rs.getObject("c_date", LocalDate.class));
        assertEquals(DECIMAL, rs.getObject("c_decimal"));
        assertEquals(DECIMAL, rs.getBigDecimal("c_decimal"));
        assertEquals(Math.PI, rs.getObject("c_double"));
        assertEquals(1.5f, rs.getObject("c_float"));
        assertEquals(Integer.MIN_VALUE, rs.getObject("c_int"));
        assertEquals(Short.MAX_VALUE, rs.getObject("c_smallint"));
        assertEquals(Byte.MIN_VALUE, rs.getObject("c_tinyint"));
        assertEquals(Timestamp.from(TIMESTAMP), rs.getObject("c_timestamp"));
        assertEquals(123, rs.getTimestamp("c_timestamp").getNanos() / 1_000_000);
        assertEquals(TIMESTAMP, rs.getObject("c_timestamp", Instant.class));
        assertEquals(UUID_VALUE, rs.getObject("c_uuid"));
        assertEquals(UUID_VALUE.toString(), rs.getString("c_uuid"));
        assertEquals(TIMEUUID, rs.getObject("c_timeuuid", UUID.class));
        assertEquals(new BigDecimal(VARINT), rs.getObject("c_varint"));
        assertEquals(VARINT, rs.getObject("c_varint", BigInteger.class));
        assertEquals(TIME, rs.getObject("c_time", LocalTime.class));
        assertEquals("13:14:15", rs.getTime("c_time").toString());
        assertEquals("P1Y2M3DT4H5M6.007S", rs.getString("c_duration"));
        assertEquals("[3,1,2]", rs.getString("c_list"));
        assertEquals("[\"b\"]", rs.getString("c_set"));
        assertEquals("{\"k\":\"2026-11-25T10:15:30.123Z\"}", rs.getString("c_map"));
        assertEquals("[7,\"seven\",true]", rs.getString("c_tuple"));
        assertEquals("{\"street\":\"Main St\",\"zip\":12345}", rs.getString("c_udt"));
        assertEquals("[1.0,2.5,-3.0]", rs.getString("c_vector"));
        assertEquals("[\"0x00ff\"]", rs.getString("c_frozen"));
        assertEquals("{\"1\":[\"" + UUID_VALUE + "\"]}", rs.getString("c_nested"));
        assertEquals(List.of(3, 1, 2), rs.getObject("c_list", List.class));
      }
    }
  }

  @Test
  void should_report_jdbc_types_and_classes() throws Exception {
    int[] expected = {
      Types.INTEGER,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.BIGINT,
      Types.VARBINARY,
      Types.BOOLEAN,
      Types.DATE,
      Types.DECIMAL,
      Types.DOUBLE,
      Types.REAL,
      Types.INTEGER,
      Types.SMALLINT,
      Types.TINYINT,
      Types.TIMESTAMP,
      Types.OTHER,
      Types.OTHER,
      Types.DECIMAL,
      Types.TIME,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR,
      Types.VARCHAR
    };
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + COLUMNS + " FROM types_ks.all_types WHERE id = ?")) {
      ResultSetMetaData md = ps.getMetaData();
      assertEquals(expected.length, md.getColumnCount());
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], md.getColumnType(i + 1), md.getColumnName(i + 1));
      }
      assertEquals("varint", md.getColumnTypeName(19));
      assertEquals(UUID.class.getName(), md.getColumnClassName(17));
      assertEquals(
          "frozen<address>",
          md.getColumnTypeName(26),
          "the table's declared type, as getColumns says (the protocol does not say whether a UDT is frozen)");
      assertEquals(Types.INTEGER, ps.getParameterMetaData().getParameterType(1));
    }
  }

  @Test
  void should_bind_text_forms_of_every_scalar_type() throws Exception {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setInt(1, 2);
      String[] text = {
        "a",
        "b",
        "c",
        "::1",
        "-42",
        "0xcafe",
        "false",
        "1999-12-31",
        "-0.000000000000000000001",
        "1e300",
        "-2.5",
        "7",
        "-7",
        "7",
        "2000-01-01 00:00:00.001",
        UUID_VALUE.toString(),
        TIMEUUID.toString(),
        "-" + VARINT,
        "23:59:59.999999999",
        "1h30m",
        "[]",
        "[\"x\",\"y\"]",
        "{}",
        "[null, null, null]",
        "{\"street\": null, \"zip\": 1}",
        "[0, 0, 0]",
        "[]",
        "{}"
      };
      for (int i = 0; i < text.length; i++) {
        ps.setString(i + 2, text[i]);
      }
      ps.executeUpdate();
    }
    try (Connection c = connect();
        ResultSet rs =
            c.createStatement().executeQuery("SELECT * FROM types_ks.all_types WHERE id = 2")) {
      assertTrue(rs.next());
      assertEquals("0:0:0:0:0:0:0:1", rs.getString("c_inet"));
      assertEquals(-42L, rs.getLong("c_bigint"));
      assertEquals("0xcafe", rs.getString("c_blob"));
      assertEquals(new BigDecimal("-0.000000000000000000001"), rs.getBigDecimal("c_decimal"));
      assertEquals(1e300, rs.getDouble("c_double"));
      assertEquals(LocalTime.of(23, 59, 59, 999_999_999), rs.getObject("c_time", LocalTime.class));
      assertEquals("PT1H30M", rs.getString("c_duration"));
      assertEquals(new BigInteger("-" + VARINT), rs.getObject("c_varint", BigInteger.class));
      assertNull(rs.getString("c_list"), "an empty list is stored as null by Cassandra");
      assertEquals("[\"x\",\"y\"]", rs.getString("c_set"));
      assertEquals("[null,null,null]", rs.getString("c_tuple"));
      assertEquals("{\"street\":null,\"zip\":1}", rs.getString("c_udt"));
    }
  }

  @Test
  void should_write_and_read_nulls_of_every_type() throws Exception {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setInt(1, 3);
      for (int i = 2; i <= 29; i++) {
        ps.setNull(i, Types.OTHER);
      }
      ps.executeUpdate();
    }
    try (Connection c = connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT " + COLUMNS + " FROM types_ks.all_types WHERE id = 3")) {
      assertTrue(rs.next());
      for (int i = 2; i <= 29; i++) {
        assertNull(rs.getObject(i), "column " + i);
        assertTrue(rs.wasNull());
        assertNull(rs.getString(i));
        assertEquals(0, rs.getInt(i) == 0 ? 0 : 1);
      }
      assertEquals(0L, rs.getLong("c_bigint"));
      assertTrue(rs.wasNull());
      assertEquals(false, rs.getBoolean("c_boolean"));
      assertNull(rs.getBigDecimal("c_decimal"));
      assertNull(rs.getTimestamp("c_timestamp"));
      assertNull(rs.getBytes("c_blob"));
    }
  }

  @Test
  void should_read_counters_as_bigint() throws Exception {
    cql("UPDATE types_ks.counters SET hits = hits + 5 WHERE id = 1");
    try (Connection c = connect();
        ResultSet rs =
            c.createStatement().executeQuery("SELECT hits FROM types_ks.counters WHERE id = 1")) {
      assertTrue(rs.next());
      assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(1));
      assertEquals("counter", rs.getMetaData().getColumnTypeName(1));
      assertEquals(5L, rs.getObject(1));
    }
  }
}
