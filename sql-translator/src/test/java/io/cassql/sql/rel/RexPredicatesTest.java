package io.cassql.sql.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.sql.CasSqlTypeSystem;
import io.cassql.sql.exec.ValueSource;
import java.util.Optional;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/** Which casts around a parameter still let its value be pushed to Cassandra as it is. */
class RexPredicatesTest {
  private final RelDataTypeFactory types = new JavaTypeFactoryImpl(CasSqlTypeSystem.INSTANCE);
  private final RexBuilder rex = new RexBuilder(types);

  private RelDataType type(SqlTypeName name, int... precisionScale) {
    return switch (precisionScale.length) {
      case 0 -> types.createSqlType(name);
      case 1 -> types.createSqlType(name, precisionScale[0]);
      default -> types.createSqlType(name, precisionScale[0], precisionScale[1]);
    };
  }

  private boolean lossless(RelDataType from, RelDataType to) {
    RexNode cast = rex.makeAbstractCast(to, rex.makeDynamicParam(from, 0), false);
    return RexPredicates.keepsEveryValue((RexCall) cast);
  }

  @Test
  void should_see_through_casts_that_keep_every_value() {
    assertTrue(lossless(type(SqlTypeName.INTEGER), type(SqlTypeName.BIGINT)));
    assertTrue(lossless(type(SqlTypeName.INTEGER), type(SqlTypeName.DECIMAL, 19, 0)));
    assertTrue(lossless(type(SqlTypeName.INTEGER), type(SqlTypeName.DOUBLE)));
    assertTrue(lossless(type(SqlTypeName.DECIMAL, 3, 2), type(SqlTypeName.DECIMAL, 10, 2)));
    assertTrue(lossless(type(SqlTypeName.CHAR, 3), type(SqlTypeName.VARCHAR)));
    assertTrue(lossless(type(SqlTypeName.CHAR, 3), type(SqlTypeName.VARCHAR, 3)));
    assertEquals(
        Optional.of(new ValueSource.Param(0)),
        RexPredicates.value(
            rex.makeAbstractCast(
                type(SqlTypeName.BIGINT),
                rex.makeDynamicParam(type(SqlTypeName.INTEGER), 0),
                false)));
  }

  @Test
  void should_not_see_through_casts_that_round_cut_or_pad() {
    assertFalse(lossless(type(SqlTypeName.BIGINT), type(SqlTypeName.INTEGER)));
    assertFalse(lossless(type(SqlTypeName.BIGINT), type(SqlTypeName.DOUBLE)));
    assertFalse(lossless(type(SqlTypeName.DECIMAL, 3, 2), type(SqlTypeName.DECIMAL, 3, 1)));
    assertFalse(lossless(type(SqlTypeName.DECIMAL, 3, 2), type(SqlTypeName.INTEGER)));
    assertFalse(lossless(type(SqlTypeName.BIGINT), type(SqlTypeName.DECIMAL, 10, 0)));
    assertFalse(lossless(type(SqlTypeName.CHAR, 3), type(SqlTypeName.CHAR, 5)));
    assertFalse(lossless(type(SqlTypeName.CHAR, 3), type(SqlTypeName.VARCHAR, 2)));
    assertFalse(lossless(type(SqlTypeName.CHAR, 3), type(SqlTypeName.INTEGER)));
    assertEquals(
        Optional.empty(),
        RexPredicates.value(
            rex.makeAbstractCast(
                type(SqlTypeName.INTEGER),
                rex.makeDynamicParam(type(SqlTypeName.DOUBLE), 0),
                false)));
  }
}
