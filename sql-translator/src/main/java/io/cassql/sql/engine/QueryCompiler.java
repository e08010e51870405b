package io.cassql.sql.engine;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.CasSqlTypeSystem;
import io.cassql.sql.PlannerSetup;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.exec.SqlValues;
import io.cassql.sql.rel.MemoryMeters;
import io.cassql.sql.schema.CassandraTable;
import io.cassql.sql.schema.VirtualTable;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.schema.Table;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Compiles one query text with Calcite's preparation (parse, validate, SQL mode's planner program
 * and rules, code generation) into a {@link QueryPlan}, and describes its result columns and
 * parameters in the driver's terms. Column types are Calcite's, except that a column read unchanged
 * from a Cassandra {@code uuid} or {@code timeuuid} column is a {@code java.util.UUID} ({@code
 * Types.OTHER}), as in CQL mode.
 */
final class QueryCompiler {
  private QueryCompiler() {}

  /**
   * Compiles {@code sql} over {@code root}, unqualified names looked up in {@code
   * defaultSchemaPath}.
   */
  static QueryPlan compile(
      SqlEngine engine,
      CalciteSchema root,
      List<String> defaultSchemaPath,
      String sql,
      QueryControl control)
      throws Exception {
    JavaTypeFactory typeFactory = new JavaTypeFactoryImpl(CasSqlTypeSystem.INSTANCE);
    PrepareContext context = new PrepareContext(root, defaultSchemaPath, typeFactory);
    MemoryMeters.takeLabels();
    QueryPreparation preparation = new QueryPreparation();
    CalcitePrepare.CalciteSignature<Object> signature =
        PlannerSetup.plan(
            control,
            () ->
                preparation.prepareSql(context, CalcitePrepare.Query.of(sql), Object[].class, -1));
    List<String> inMemoryOperators = MemoryMeters.takeLabels();
    List<ResultColumn> columns = new ArrayList<>();
    List<RelDataTypeField> fields =
        signature.rowType == null ? List.of() : signature.rowType.getFieldList();
    for (int i = 0; i < signature.columns.size(); i++) {
      ColumnMetaData c = signature.columns.get(i);
      SqlTypeName typeName = i < fields.size() ? fields.get(i).getType().getSqlTypeName() : null;
      columns.add(column(root, c, typeName, sql));
    }
    List<ParameterType> parameters = new ArrayList<>();
    for (AvaticaParameter p : signature.parameters) {
      SqlTypeName typeName = SqlTypeName.getNameForJdbcType(p.parameterType);
      parameters.add(
          new ParameterType(
              p.parameterType,
              p.typeName,
              p.precision,
              p.scale,
              p.className,
              typeName == null ? null : SqlValues.kindOf(typeName)));
    }
    Bindable<Object> bindable = signature::enumerable;
    boolean arrayRows = signature.cursorFactory.style == Meta.Style.ARRAY;
    return new QueryPlan(
        sql,
        columns,
        parameters,
        bindable,
        signature.internalParameters,
        arrayRows,
        inMemoryOperators,
        !preparation.boundDirectly(),
        engine);
  }

  private static ResultColumn column(
      CalciteSchema root, ColumnMetaData c, SqlTypeName typeName, String sql) {
    CqlKind kind = typeName == null ? null : SqlValues.kindOf(typeName);
    String schema = c.schemaName == null ? "" : c.schemaName;
    String table = c.tableName == null ? "" : c.tableName;
    String name = c.columnName == null ? c.label : c.columnName;
    String label = ColumnLabels.label(c.label, c.columnName, sql);
    if (kind == CqlKind.TEXT && !table.isEmpty()) {
      DataType origin = originType(root, schema, table, name);
      CqlKind originKind = origin == null ? null : CqlKind.of(origin);
      if (originKind == CqlKind.UUID || originKind == CqlKind.TIMEUUID) {
        return new ResultColumn(
            label,
            name,
            schema,
            table,
            Types.OTHER,
            "UUID",
            36,
            0,
            36,
            c.nullable != 0,
            false,
            java.util.UUID.class.getName(),
            originKind);
      }
    }
    return new ResultColumn(
        label,
        name,
        schema,
        table,
        c.type.id,
        c.type.name,
        c.precision,
        c.scale,
        c.displaySize,
        c.nullable != 0,
        c.signed,
        c.columnClassName,
        kind);
  }

  /** The CQL type of the table column a result column reads unchanged, or null. */
  private static DataType originType(
      CalciteSchema root, String schema, String table, String column) {
    CalciteSchema keyspace = root.getSubSchema(schema, true);
    CalciteSchema.TableEntry entry = keyspace == null ? null : keyspace.getTable(table, true);
    Table t = entry == null ? null : entry.getTable();
    if (t instanceof CassandraTable base) {
      return base.cqlType(column);
    }
    if (t instanceof VirtualTable virtual) {
      return virtual.cqlType(column);
    }
    return null;
  }
}
