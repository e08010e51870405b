package io.cassql.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JDBC types of CQL types in each mode. */
class ColumnTypesTest {
  @Test
  void the_codes_are_those_of_java_sql_types() throws Exception {
    for (Field f : JdbcTypeCode.class.getFields()) {
      assertTrue(Modifier.isStatic(f.getModifiers()));
      assertEquals(Types.class.getField(f.getName()).getInt(null), f.getInt(null), f.getName());
    }
  }

  @Test
  void sql_mode_reports_the_engines_standard_types() {
    assertEquals(
        new ColumnType(Types.DECIMAL, "DECIMAL", 19, 9, true, "DECIMAL"),
        ColumnTypes.sql(DataTypes.DECIMAL));
    assertEquals(
        new ColumnType(Types.DECIMAL, "DECIMAL", 19, 0, true, "DECIMAL"),
        ColumnTypes.sql(DataTypes.VARINT));
    assertEquals(
        new ColumnType(Types.VARCHAR, "VARCHAR", Integer.MAX_VALUE, 0, false, "VARCHAR"),
        ColumnTypes.sql(DataTypes.TEXT));
    assertEquals(
        new ColumnType(Types.OTHER, "UUID", 36, 0, false, "VARCHAR"),
        ColumnTypes.sql(DataTypes.TIMEUUID));
    assertEquals(
        new ColumnType(Types.BIGINT, "BIGINT", 19, 0, true, "BIGINT"),
        ColumnTypes.sql(DataTypes.COUNTER));
    assertEquals(
        new ColumnType(Types.REAL, "REAL", 7, 0, true, "REAL"), ColumnTypes.sql(DataTypes.FLOAT));
    assertEquals(
        new ColumnType(Types.TIMESTAMP, "TIMESTAMP", 3, 0, false, "TIMESTAMP"),
        ColumnTypes.sql(DataTypes.TIMESTAMP));
    assertEquals(
        new ColumnType(Types.VARBINARY, "VARBINARY", Integer.MAX_VALUE, 0, false, "VARBINARY"),
        ColumnTypes.sql(DataTypes.BLOB));
    for (DataType t :
        List.of(
            DataTypes.ASCII,
            DataTypes.INET,
            DataTypes.DURATION,
            DataTypes.listOf(DataTypes.INT),
            DataTypes.tupleOf(DataTypes.INT),
            DataTypes.vectorOf(DataTypes.FLOAT, 3))) {
      assertEquals("VARCHAR", ColumnTypes.sql(t).typeName(), t.toString());
    }
  }

  @Test
  void cql_mode_reports_cassandras_names() {
    assertEquals(
        new ColumnType(Types.DECIMAL, "decimal", Integer.MAX_VALUE, 0, true, null),
        ColumnTypes.cql(DataTypes.DECIMAL));
    assertEquals(
        "map<text, int>",
        ColumnTypes.cql(DataTypes.mapOf(DataTypes.TEXT, DataTypes.INT)).typeName());
    assertEquals(Types.OTHER, ColumnTypes.cql(DataTypes.UUID).jdbcType());
    assertEquals(
        new ColumnType(Types.TIME, "time", 18, 9, false, null), ColumnTypes.cql(DataTypes.TIME));
  }
}
