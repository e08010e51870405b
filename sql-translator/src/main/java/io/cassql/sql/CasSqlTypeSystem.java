package io.cassql.sql;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SQL mode's type rules where Calcite's defaults surprise users: SUM of whole numbers is a
 * BIGINT (as in most databases) instead of overflowing the column's own type.
 */
public final class CasSqlTypeSystem extends RelDataTypeSystemImpl {
  /** The instance Calcite's {@code typeSystem} connection property names. */
  public static final CasSqlTypeSystem INSTANCE = new CasSqlTypeSystem();

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    SqlTypeName name = argumentType.getSqlTypeName();
    if (name == SqlTypeName.TINYINT || name == SqlTypeName.SMALLINT || name == SqlTypeName.INTEGER) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT),
          argumentType.isNullable());
    }
    return super.deriveSumType(typeFactory, argumentType);
  }
}
