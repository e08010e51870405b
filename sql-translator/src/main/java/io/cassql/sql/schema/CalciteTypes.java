package io.cassql.sql.schema;

import io.cassql.relational.ColumnType;
import io.cassql.relational.RelationalColumn;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The Calcite type of a column of the relational model in SQL mode: the model's SQL value type with
 * its precision and scale, NOT NULL for primary-key columns. Nothing here decides a type; the model
 * does (so that {@code DatabaseMetaData.getColumns} and result sets agree).
 */
public final class CalciteTypes {
  private CalciteTypes() {}

  /** The type of {@code column} as the planner sees it. */
  public static RelDataType of(RelDataTypeFactory f, RelationalColumn column) {
    return f.createTypeWithNullability(of(f, column.type()), column.nullable());
  }

  /** The (NOT NULL) Calcite type of a SQL-mode column type. */
  public static RelDataType of(RelDataTypeFactory f, ColumnType type) {
    SqlTypeName name = SqlTypeName.valueOf(type.sqlValueType());
    return switch (name) {
      case DECIMAL -> f.createSqlType(name, type.precision(), type.scale());
      case TIME, TIMESTAMP -> f.createSqlType(name, type.precision());
      default -> f.createSqlType(name);
    };
  }
}
