package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.schema.types.CqlKind;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** The SQL type of a CQL column in SQL mode, following the driver's JDBC mapping. */
public final class CalciteTypes {
  private CalciteTypes() {}

  /** The nullable SQL type of a column of CQL type {@code type}. */
  public static RelDataType of(RelDataTypeFactory f, DataType type) {
    RelDataType t = switch (CqlKind.of(type)) {
      case BIGINT, COUNTER -> f.createSqlType(SqlTypeName.BIGINT);
      case INT -> f.createSqlType(SqlTypeName.INTEGER);
      case SMALLINT -> f.createSqlType(SqlTypeName.SMALLINT);
      case TINYINT -> f.createSqlType(SqlTypeName.TINYINT);
      case BOOLEAN -> f.createSqlType(SqlTypeName.BOOLEAN);
      case DOUBLE -> f.createSqlType(SqlTypeName.DOUBLE);
      case FLOAT -> f.createSqlType(SqlTypeName.REAL);
      case DECIMAL -> f.createSqlType(SqlTypeName.DECIMAL,
          f.getTypeSystem().getMaxPrecision(SqlTypeName.DECIMAL), f.getTypeSystem().getMaxScale(SqlTypeName.DECIMAL) / 2);
      case VARINT -> f.createSqlType(SqlTypeName.DECIMAL, f.getTypeSystem().getMaxPrecision(SqlTypeName.DECIMAL), 0);
      case DATE -> f.createSqlType(SqlTypeName.DATE);
      case TIME -> f.createSqlType(SqlTypeName.TIME, 3);
      case TIMESTAMP -> f.createSqlType(SqlTypeName.TIMESTAMP, 3);
      case BLOB, CUSTOM -> f.createSqlType(SqlTypeName.VARBINARY);
      default -> f.createSqlType(SqlTypeName.VARCHAR);
    };
    return f.createTypeWithNullability(t, true);
  }
}
