package io.cassql.sql.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.cassql.relational.ColumnType;
import io.cassql.relational.ColumnTypes;
import io.cassql.relational.ElementPart;
import io.cassql.relational.KeyRole;
import io.cassql.relational.RelationalColumn;
import io.cassql.sql.CasSqlTypeSystem;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The planner's type of every CQL type is the relational model's SQL-mode type: same JDBC code,
 * name, precision and scale as the SQL engine reports them in result sets (so that {@code
 * DatabaseMetaData.getColumns}, which reads the model, agrees with {@code SELECT}).
 */
class CalciteTypesTest {
  private static final RelDataTypeFactory FACTORY =
      new JavaTypeFactoryImpl(CasSqlTypeSystem.INSTANCE);

  private static final List<DataType> EVERY_TYPE =
      List.of(
          DataTypes.ASCII,
          DataTypes.BIGINT,
          DataTypes.BLOB,
          DataTypes.BOOLEAN,
          DataTypes.COUNTER,
          DataTypes.DATE,
          DataTypes.DECIMAL,
          DataTypes.DOUBLE,
          DataTypes.DURATION,
          DataTypes.FLOAT,
          DataTypes.INET,
          DataTypes.INT,
          DataTypes.SMALLINT,
          DataTypes.TEXT,
          DataTypes.TIME,
          DataTypes.TIMESTAMP,
          DataTypes.TIMEUUID,
          DataTypes.TINYINT,
          DataTypes.UUID,
          DataTypes.VARINT,
          DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT),
          DataTypes.frozenListOf(DataTypes.INT),
          DataTypes.vectorOf(DataTypes.FLOAT, 3));

  @Test
  void the_planner_type_reports_what_the_model_says() {
    for (DataType cql : EVERY_TYPE) {
      ColumnType model = ColumnTypes.sql(cql);
      RelDataType t = CalciteTypes.of(FACTORY, model);
      // as Calcite's preparation turns a RelDataType into result-set metadata
      int precision =
          t.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED ? 0 : t.getPrecision();
      int scale = t.getScale() == RelDataType.SCALE_NOT_SPECIFIED ? 0 : t.getScale();
      if (model.typeName().equals("UUID")) {
        assertEquals(
            SqlTypeName.VARCHAR, t.getSqlTypeName(), "a uuid is compared and cast as text");
        continue;
      }
      assertEquals(model.jdbcType(), t.getSqlTypeName().getJdbcOrdinal(), cql.toString());
      assertEquals(model.typeName(), t.getSqlTypeName().getName(), cql.toString());
      assertEquals(model.unbounded() ? 0 : model.precision(), precision, cql + " precision");
      assertEquals(model.scale(), scale, cql + " scale");
    }
  }

  @Test
  void decimals_use_the_type_systems_limits_unclamped() {
    assertEquals(
        CasSqlTypeSystem.INSTANCE.getMaxPrecision(SqlTypeName.DECIMAL),
        ColumnTypes.SQL_DECIMAL_PRECISION);
    assertEquals(
        CasSqlTypeSystem.INSTANCE.getMaxScale(SqlTypeName.DECIMAL) / 2,
        ColumnTypes.SQL_DECIMAL_SCALE);
  }

  @Test
  void key_columns_are_not_null() {
    ColumnType text = ColumnTypes.sql(DataTypes.TEXT);
    assertFalse(
        CalciteTypes.of(
                FACTORY,
                new RelationalColumn(
                    "k", DataTypes.TEXT, text, KeyRole.PARTITION, ElementPart.COLUMN))
            .isNullable());
    assertTrue(
        CalciteTypes.of(
                FACTORY,
                new RelationalColumn("v", DataTypes.TEXT, text, KeyRole.NONE, ElementPart.COLUMN))
            .isNullable());
  }
}
