package io.cassql.sql.dml;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.cassql.relational.CollectionShape;
import io.cassql.relational.ElementPart;
import io.cassql.sql.SqlParsing;
import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.CqlSelect;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Translates SQL INSERT ... VALUES, UPDATE ... SET ... WHERE and DELETE ... WHERE on a base table
 * into CQL writes. UPDATE and DELETE must name the full primary key with {@code =}: no statement
 * ever writes a range of rows. Values stay values: literals and parameters are bound, never
 * spliced.
 */
public final class DmlTranslator {
  private final Metadata metadata;
  private final String defaultKeyspace;
  private final String vtSeparator;

  public DmlTranslator(Metadata metadata, String defaultKeyspace, String vtSeparator) {
    this.metadata = metadata;
    this.defaultKeyspace = defaultKeyspace;
    this.vtSeparator = vtSeparator;
  }

  /** The table a statement writes: a base table, or the collection column of a virtual table. */
  private record Target(TableMetadata table, ColumnMetadata collection) {}

  /** Whether {@code sql} starts with INSERT, UPDATE or DELETE. */
  public static boolean isDml(String sql) {
    String s = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
    return s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE");
  }

  /** The CQL writes of {@code sql}. */
  public DmlPlan translate(String sql) {
    SqlNode node;
    try {
      node = SqlParser.create(sql, SqlParsing.CONFIG).parseStmt();
    } catch (SqlParseException e) {
      throw new DmlException(
          DmlException.Kind.SYNTAX,
          "SQL syntax error at line "
              + e.getPos().getLineNum()
              + ", column "
              + e.getPos().getColumnNum()
              + ": "
              + e.getMessage().split("\n")[0]);
    }
    Params params = new Params();
    List<CqlWrite> writes =
        switch (node.getKind()) {
          case INSERT -> insert((SqlInsert) node, params);
          case UPDATE -> update((SqlUpdate) node, params);
          case DELETE -> delete((SqlDelete) node, params);
          default ->
              throw new DmlException(
                  DmlException.Kind.UNSUPPORTED, "not an INSERT, UPDATE or DELETE");
        };
    return new DmlPlan(writes, params.count);
  }

  private List<CqlWrite> insert(SqlInsert insert, Params params) {
    Target target = target(insert.getTargetTable());
    TableMetadata table = target.table();
    List<ColumnMetadata> columns = new ArrayList<>();
    if (insert.getTargetColumnList() == null) {
      throw new DmlException(
          DmlException.Kind.UNSUPPORTED,
          "INSERT needs a column list (INSERT INTO t (a, b) VALUES ...)");
    }
    if (target.collection() != null) {
      return insertElements(insert, target, params);
    }
    for (SqlNode c : insert.getTargetColumnList()) {
      columns.add(column(table, (SqlIdentifier) c));
    }
    for (ColumnMetadata key : table.getPrimaryKey()) {
      if (!columns.contains(key)) {
        throw new DmlException(
            DmlException.Kind.NOT_BY_PRIMARY_KEY,
            "INSERT must give every primary-key column; "
                + key.getName().asInternal()
                + " is missing");
      }
    }
    if (insert.getSource().getKind() != SqlKind.VALUES) {
      throw new DmlException(
          DmlException.Kind.UNSUPPORTED, "INSERT ... SELECT is not supported; use VALUES");
    }
    String cql =
        "INSERT INTO "
            + name(table)
            + " ("
            + columns.stream().map(c -> c.getName().asCql(true)).collect(Collectors.joining(", "))
            + ") VALUES ("
            + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
            + ")";
    List<CqlWrite> writes = new ArrayList<>();
    for (SqlNode row : ((SqlBasicCall) insert.getSource()).getOperandList()) {
      List<SqlNode> values = ((SqlCall) row).getOperandList();
      if (values.size() != columns.size()) {
        throw new DmlException(
            DmlException.Kind.SYNTAX,
            "INSERT gives " + values.size() + " values for " + columns.size() + " columns");
      }
      List<ValueSource> sources = new ArrayList<>();
      for (SqlNode v : values) {
        sources.add(value(v, params));
      }
      writes.add(
          new CqlWrite(cql, sources, columns.stream().map(ColumnMetadata::getType).toList()));
    }
    return writes;
  }

  private List<CqlWrite> update(SqlUpdate update, Params params) {
    Target target = target(update.getTargetTable());
    if (target.collection() != null) {
      return updateElement(update, target, params);
    }
    TableMetadata table = target.table();
    List<ColumnMetadata> set = new ArrayList<>();
    List<ValueSource> values = new ArrayList<>();
    for (int i = 0; i < update.getTargetColumnList().size(); i++) {
      ColumnMetadata c = column(table, (SqlIdentifier) update.getTargetColumnList().get(i));
      if (table.getPrimaryKey().contains(c)) {
        throw new DmlException(
            DmlException.Kind.UNSUPPORTED,
            "UPDATE cannot change primary-key column "
                + c.getName().asInternal()
                + "; delete the row and insert a new one");
      }
      set.add(c);
      values.add(value(update.getSourceExpressionList().get(i), params));
    }
    Map<ColumnMetadata, ValueSource> key =
        primaryKey(table, update.getCondition(), params, "UPDATE");
    String cql =
        "UPDATE "
            + name(table)
            + " SET "
            + set.stream()
                .map(c -> c.getName().asCql(true) + " = ?")
                .collect(Collectors.joining(", "))
            + " WHERE "
            + key.keySet().stream()
                .map(c -> c.getName().asCql(true) + " = ?")
                .collect(Collectors.joining(" AND "));
    List<ColumnMetadata> types = new ArrayList<>(set);
    types.addAll(key.keySet());
    values.addAll(key.values());
    return List.of(new CqlWrite(cql, values, types.stream().map(ColumnMetadata::getType).toList()));
  }

  private List<CqlWrite> delete(SqlDelete delete, Params params) {
    Target target = target(delete.getTargetTable());
    if (target.collection() != null) {
      VirtualTableWrites vt = writes(target);
      Map<String, ValueSource> eqs =
          equalities(delete.getCondition(), params, rule(target, vt, "DELETE"));
      ValueSource element = take(eqs, vt.elementColumn(), rule(target, vt, "DELETE"));
      return List.of(vt.delete(keyOf(target, eqs, rule(target, vt, "DELETE")), element));
    }
    TableMetadata table = target.table();
    Map<ColumnMetadata, ValueSource> key =
        primaryKey(table, delete.getCondition(), params, "DELETE");
    String cql =
        "DELETE FROM "
            + name(table)
            + " WHERE "
            + key.keySet().stream()
                .map(c -> c.getName().asCql(true) + " = ?")
                .collect(Collectors.joining(" AND "));
    return List.of(
        new CqlWrite(
            cql,
            List.copyOf(key.values()),
            key.keySet().stream().map(ColumnMetadata::getType).toList()));
  }

  /**
   * The {@code key = value} conjuncts of a WHERE clause, which must cover exactly the primary key.
   */
  private Map<ColumnMetadata, ValueSource> primaryKey(
      TableMetadata table, SqlNode condition, Params params, String verb) {
    String rule =
        verb
            + " must identify one row by its full primary key ("
            + table.getPrimaryKey().stream()
                .map(c -> c.getName().asInternal())
                .collect(Collectors.joining(", "))
            + ") with = and AND";
    if (condition == null) {
      throw new DmlException(
          DmlException.Kind.NOT_BY_PRIMARY_KEY, rule + "; it has no WHERE clause");
    }
    List<SqlNode> conjuncts = new ArrayList<>();
    flattenAnd(condition, conjuncts);
    Map<ColumnMetadata, ValueSource> byColumn = new LinkedHashMap<>();
    for (SqlNode c : conjuncts) {
      if (c.getKind() != SqlKind.EQUALS) {
        throw new DmlException(DmlException.Kind.NOT_BY_PRIMARY_KEY, rule);
      }
      List<SqlNode> ops = ((SqlCall) c).getOperandList();
      SqlNode col = ops.get(0) instanceof SqlIdentifier ? ops.get(0) : ops.get(1);
      SqlNode val = col == ops.get(0) ? ops.get(1) : ops.get(0);
      if (!(col instanceof SqlIdentifier id)) {
        throw new DmlException(DmlException.Kind.NOT_BY_PRIMARY_KEY, rule);
      }
      ColumnMetadata column = column(table, id);
      if (!table.getPrimaryKey().contains(column) || byColumn.containsKey(column)) {
        throw new DmlException(DmlException.Kind.NOT_BY_PRIMARY_KEY, rule);
      }
      byColumn.put(column, value(val, params));
    }
    if (byColumn.size() != table.getPrimaryKey().size()) {
      throw new DmlException(DmlException.Kind.NOT_BY_PRIMARY_KEY, rule);
    }
    Map<ColumnMetadata, ValueSource> ordered = new LinkedHashMap<>();
    table.getPrimaryKey().forEach(k -> ordered.put(k, byColumn.get(k)));
    return ordered;
  }

  private VirtualTableWrites writes(Target target) {
    return new VirtualTableWrites(target.collection(), name(target.table()));
  }

  private static String rule(Target target, VirtualTableWrites vt, String verb) {
    return verb
        + " on a virtual table must name the full primary key ("
        + target.table().getPrimaryKey().stream()
            .map(c -> c.getName().asInternal())
            .collect(Collectors.joining(", "))
        + ") and "
        + vt.elementColumn()
        + " with = and AND";
  }

  private List<CqlWrite> insertElements(SqlInsert insert, Target target, Params params) {
    VirtualTableWrites vt = writes(target);
    List<String> names = new ArrayList<>();
    for (SqlNode c : insert.getTargetColumnList()) {
      names.add(((SqlIdentifier) c).names.get(((SqlIdentifier) c).names.size() - 1));
    }
    List<CqlWrite> writes = new ArrayList<>();
    for (SqlNode row : ((SqlBasicCall) insert.getSource()).getOperandList()) {
      List<SqlNode> values = ((SqlCall) row).getOperandList();
      Map<String, ValueSource> byName = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        byName.put(names.get(i), value(values.get(i), params));
      }
      String rule = "INSERT into a virtual table gives the full primary key and the element";
      Map<ColumnMetadata, ValueSource> key = keyOf(target, byName, rule);
      Map<String, ValueSource> element = new LinkedHashMap<>();
      for (ElementPart part : List.of(ElementPart.INDEX, ElementPart.KEY, ElementPart.VALUE)) {
        String column = part.columnName(target.collection().getName().asInternal());
        ValueSource v = takeOptional(byName, column);
        if (v != null) {
          element.put(column, v);
        }
      }
      if (!byName.isEmpty()) {
        throw new DmlException(
            DmlException.Kind.UNKNOWN_COLUMN, "virtual table has no column " + byName.keySet());
      }
      writes.add(vt.insert(key, element));
    }
    return writes;
  }

  private List<CqlWrite> updateElement(SqlUpdate update, Target target, Params params) {
    VirtualTableWrites vt = writes(target);
    String valueColumn = ElementPart.VALUE.columnName(target.collection().getName().asInternal());
    if (update.getTargetColumnList().size() != 1
        || !((SqlIdentifier) update.getTargetColumnList().get(0))
            .getSimple()
            .equalsIgnoreCase(valueColumn)) {
      throw new DmlException(
          DmlException.Kind.UNSUPPORTED, "UPDATE on a virtual table sets " + valueColumn + " only");
    }
    ValueSource newValue = value(update.getSourceExpressionList().get(0), params);
    Map<String, ValueSource> eqs =
        equalities(update.getCondition(), params, rule(target, vt, "UPDATE"));
    ValueSource element = take(eqs, vt.elementColumn(), rule(target, vt, "UPDATE"));
    return List.of(vt.update(keyOf(target, eqs, rule(target, vt, "UPDATE")), element, newValue));
  }

  /** The primary-key values among {@code named}, removed from it; all of them must be there. */
  private static Map<ColumnMetadata, ValueSource> keyOf(
      Target target, Map<String, ValueSource> named, String rule) {
    Map<ColumnMetadata, ValueSource> key = new LinkedHashMap<>();
    for (ColumnMetadata k : target.table().getPrimaryKey()) {
      key.put(k, take(named, k.getName().asInternal(), rule));
    }
    return key;
  }

  private static ValueSource take(Map<String, ValueSource> named, String column, String rule) {
    ValueSource v = takeOptional(named, column);
    if (v == null) {
      throw new DmlException(
          DmlException.Kind.NOT_BY_PRIMARY_KEY, rule + "; " + column + " is missing");
    }
    return v;
  }

  private static ValueSource takeOptional(Map<String, ValueSource> named, String column) {
    String match =
        named.containsKey(column)
            ? column
            : named.keySet().stream()
                .filter(n -> n.equalsIgnoreCase(column))
                .findFirst()
                .orElse(null);
    return match == null ? null : named.remove(match);
  }

  /**
   * The {@code column = value} conjuncts of a WHERE clause, by column name; anything else is
   * refused.
   */
  private static Map<String, ValueSource> equalities(
      SqlNode condition, Params params, String rule) {
    if (condition == null) {
      throw new DmlException(
          DmlException.Kind.NOT_BY_PRIMARY_KEY, rule + "; it has no WHERE clause");
    }
    List<SqlNode> conjuncts = new ArrayList<>();
    flattenAnd(condition, conjuncts);
    Map<String, ValueSource> out = new LinkedHashMap<>();
    for (SqlNode c : conjuncts) {
      if (c.getKind() != SqlKind.EQUALS) {
        throw new DmlException(DmlException.Kind.NOT_BY_PRIMARY_KEY, rule);
      }
      List<SqlNode> ops = ((SqlCall) c).getOperandList();
      SqlNode col = ops.get(0) instanceof SqlIdentifier ? ops.get(0) : ops.get(1);
      SqlNode val = col == ops.get(0) ? ops.get(1) : ops.get(0);
      if (!(col instanceof SqlIdentifier id)
          || out.put(id.names.get(id.names.size() - 1), value(val, params)) != null) {
        throw new DmlException(DmlException.Kind.NOT_BY_PRIMARY_KEY, rule);
      }
    }
    return out;
  }

  private static void flattenAnd(SqlNode node, List<SqlNode> out) {
    if (node.getKind() == SqlKind.AND) {
      ((SqlCall) node).getOperandList().forEach(n -> flattenAnd(n, out));
    } else {
      out.add(node);
    }
  }

  private static ValueSource value(SqlNode node, Params params) {
    if (node instanceof SqlDynamicParam) {
      return new ValueSource.Param(params.count++);
    }
    if (node.getKind() == SqlKind.MINUS_PREFIX
        && ((SqlCall) node).operand(0) instanceof SqlLiteral lit
        && lit.getValue() instanceof BigDecimal d) {
      return new ValueSource.Literal(d.negate());
    }
    if (node instanceof SqlLiteral literal) {
      Object v = literal.getValue();
      if (v == null) {
        return new ValueSource.Literal(null);
      }
      Serializable plain =
          switch (literal.getTypeName()) {
            case CHAR, VARCHAR -> literal.getValueAs(String.class);
            case BOOLEAN -> literal.getValueAs(Boolean.class);
            case DECIMAL, DOUBLE, INTEGER, BIGINT -> literal.getValueAs(BigDecimal.class);
            default -> literal.toValue();
          };
      return new ValueSource.Literal(plain);
    }
    throw new DmlException(
        DmlException.Kind.UNSUPPORTED,
        "only literals and ? parameters can be written, not " + node);
  }

  private Target target(SqlNode node) {
    SqlIdentifier id = (SqlIdentifier) node;
    try {
      return new Target(table(node), null);
    } catch (DmlException notATable) {
      String name = id.names.get(id.names.size() - 1);
      int cut =
          name.toLowerCase(java.util.Locale.ROOT)
              .lastIndexOf(vtSeparator.toLowerCase(java.util.Locale.ROOT));
      if (cut <= 0 || notATable.kind() != DmlException.Kind.UNKNOWN_TABLE) {
        throw notATable;
      }
      List<String> base = new ArrayList<>(id.names);
      base.set(base.size() - 1, name.substring(0, cut));
      TableMetadata table;
      try {
        table = table(new SqlIdentifier(base, id.getParserPosition()));
      } catch (DmlException noBase) {
        throw notATable;
      }
      String column = name.substring(cut + vtSeparator.length());
      ColumnMetadata collection =
          table.getColumns().values().stream()
              .filter(c -> c.getName().asInternal().equalsIgnoreCase(column))
              .filter(c -> CollectionShape.of(c.getType()).isPresent())
              .findFirst()
              .orElseThrow(() -> notATable);
      return new Target(table, collection);
    }
  }

  private TableMetadata table(SqlNode target) {
    SqlIdentifier id = (SqlIdentifier) target;
    String ks = id.names.size() > 1 ? id.names.get(id.names.size() - 2) : defaultKeyspace;
    String t = id.names.get(id.names.size() - 1);
    if (ks == null) {
      throw new DmlException(
          DmlException.Kind.UNKNOWN_TABLE, "table " + t + " needs a keyspace (keyspace.table)");
    }
    KeyspaceMetadata keyspace =
        metadata.getKeyspaces().values().stream()
            .filter(k -> k.getName().asInternal().equals(ks))
            .findFirst()
            .or(
                () ->
                    metadata.getKeyspaces().values().stream()
                        .filter(k -> k.getName().asInternal().equalsIgnoreCase(ks))
                        .findFirst())
            .orElseThrow(
                () ->
                    new DmlException(
                        DmlException.Kind.UNKNOWN_TABLE, "keyspace '" + ks + "' does not exist"));
    return keyspace
        .getTable(CqlIdentifier.fromInternal(t))
        .or(
            () ->
                keyspace.getTables().values().stream()
                    .filter(x -> x.getName().asInternal().equalsIgnoreCase(t))
                    .findFirst())
        .orElseThrow(
            () ->
                new DmlException(
                    DmlException.Kind.UNKNOWN_TABLE,
                    "table '" + ks + "." + t + "' does not exist"));
  }

  private static ColumnMetadata column(TableMetadata table, SqlIdentifier id) {
    String name = id.names.get(id.names.size() - 1);
    return table
        .getColumn(CqlIdentifier.fromInternal(name))
        .or(
            () ->
                table.getColumns().values().stream()
                    .filter(c -> c.getName().asInternal().equalsIgnoreCase(name))
                    .findFirst())
        .orElseThrow(
            () ->
                new DmlException(
                    DmlException.Kind.UNKNOWN_COLUMN,
                    "column '" + name + "' not found in table " + table.getName().asInternal()));
  }

  private static String name(TableMetadata table) {
    return CqlSelect.quote(table.getKeyspace().asInternal())
        + "."
        + CqlSelect.quote(table.getName().asInternal());
  }

  /** Numbers the {@code ?} parameters in text order. */
  private static final class Params {
    int count;
  }
}
