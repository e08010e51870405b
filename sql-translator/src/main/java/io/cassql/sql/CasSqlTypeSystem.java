package io.cassql.sql;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SQL mode's type rules where Calcite's defaults give wrong or surprising answers: SUM of TINYINT,
 * SMALLINT or INTEGER is a BIGINT (as in most databases) instead of overflowing the column's own
 * type (a SUM of BIGINT stays BIGINT and fails on overflow, see {@code CheckedSums}); AVG, STDDEV
 * and VAR of whole numbers are DOUBLE (as in H2) instead of a whole number truncated toward zero,
 * whose computation cast the sum back to the column's type and failed on averages of large values;
 * CASE branches of text of different lengths are VARCHAR, not blank-padded CHAR.
 */
public final class CasSqlTypeSystem extends RelDataTypeSystemImpl {
  /** The instance Calcite's {@code typeSystem} connection property names. */
  public static final CasSqlTypeSystem INSTANCE = new CasSqlTypeSystem();

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    SqlTypeName name = argumentType.getSqlTypeName();
    if (name == SqlTypeName.TINYINT
        || name == SqlTypeName.SMALLINT
        || name == SqlTypeName.INTEGER) {
      return typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.BIGINT), argumentType.isNullable());
    }
    return super.deriveSumType(typeFactory, argumentType);
  }

  /**
   * The branches of a CASE (or a set operation) with character values of different lengths give a
   * VARCHAR, unpadded ({@code CASE ... THEN 'low' ELSE 'high' END} is {@code 'low'}, not {@code
   * 'low '}), as in PostgreSQL, H2 and what BI tools that group on such expressions expect.
   */
  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }

  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    if (SqlTypeName.INT_TYPES.contains(argumentType.getSqlTypeName())) {
      return typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.DOUBLE), argumentType.isNullable());
    }
    return super.deriveAvgAggType(typeFactory, argumentType);
  }
}
