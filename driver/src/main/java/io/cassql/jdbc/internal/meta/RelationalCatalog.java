package io.cassql.jdbc.internal.meta;

import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.RelationMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.ViewMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.cassql.jdbc.internal.auth.ReadableTables;
import io.cassql.schema.types.CqlKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables a connection shows, read from the driver's schema metadata (no query per table):
 * in SQL mode a base table per Cassandra table plus a virtual table per collection column; in CQL
 * mode the Cassandra tables as they are. Materialized views are views; system keyspaces hold
 * system tables. Only what the connected role may read is shown (a view if its base table is).
 */
final class RelationalCatalog {
  static final Set<String> SYSTEM_KEYSPACES = Set.of("system", "system_schema", "system_auth",
      "system_distributed", "system_traces", "system_views", "system_virtual_schema");

  /** One column: its name, CQL type, and whether it is part of the primary key. */
  record Column(String name, DataType type, boolean key) {}

  /** One table as JDBC sees it; {@code baseTable} is set for virtual tables (their foreign key). */
  record Table(String keyspace, String name, String type, String remarks, List<Column> columns,
      List<String> primaryKey, String baseTable) {}

  private final Metadata metadata;
  private final boolean sqlMode;
  private final String vtSeparator;
  private final Permissions readable;

  /** Where the role's permissions come from (read again when the cached answer is too old). */
  @FunctionalInterface
  interface Permissions {
    ReadableTables get() throws SQLException;
  }

  RelationalCatalog(Metadata metadata, boolean sqlMode, String vtSeparator, Permissions readable) {
    this.metadata = metadata;
    this.sqlMode = sqlMode;
    this.vtSeparator = vtSeparator;
    this.readable = readable;
  }

  /** Keyspace names matching a JDBC LIKE pattern (null = any) that the role may read, sorted. */
  List<String> keyspaces(String pattern) throws SQLException {
    return keyspaces(pattern, readable.get());
  }

  private List<String> keyspaces(String pattern, ReadableTables may) {
    Pattern p = like(pattern);
    return metadata.getKeyspaces().values().stream().map(k -> k.getName().asInternal())
        .filter(n -> p.matcher(n).matches() && may.keyspace(n)).sorted().toList();
  }

  /** Tables matching the patterns that the role may read, in JDBC's order (type, schema, name). */
  List<Table> tables(String keyspacePattern, String tablePattern) throws SQLException {
    ReadableTables may = readable.get();
    Pattern t = like(tablePattern);
    List<Table> out = new ArrayList<>();
    for (String ks : keyspaces(keyspacePattern, may)) {
      KeyspaceMetadata k = metadata.getKeyspaces().values().stream()
          .filter(x -> x.getName().asInternal().equals(ks)).findFirst().orElseThrow();
      boolean system = SYSTEM_KEYSPACES.contains(ks);
      for (TableMetadata table : k.getTables().values()) {
        if (may.table(ks, table.getName().asInternal())) {
          add(out, ks, table, system ? "SYSTEM TABLE" : "TABLE", t);
        }
      }
      for (ViewMetadata view : k.getViews().values()) {
        if (may.table(ks, view.getBaseTable().asInternal())) {
          add(out, ks, view, "VIEW", t);
        }
      }
    }
    out.sort(Comparator.comparing(Table::type).thenComparing(Table::keyspace).thenComparing(Table::name));
    return out;
  }

  private void add(List<Table> out, String ks, RelationMetadata relation, String type, Pattern pattern) {
    String name = relation.getName().asInternal();
    List<ColumnMetadata> keys = Stream.concat(relation.getPartitionKey().stream(),
        relation.getClusteringColumns().keySet().stream()).toList();
    List<String> keyNames = keys.stream().map(c -> c.getName().asInternal()).toList();
    List<Column> columns = new ArrayList<>();
    for (ColumnMetadata c : relation.getColumns().values()) {
      CqlKind kind = CqlKind.of(c.getType());
      boolean collection = kind == CqlKind.LIST || kind == CqlKind.SET || kind == CqlKind.MAP;
      if (!(sqlMode && collection)) {
        columns.add(new Column(c.getName().asInternal(), c.getType(), keys.contains(c)));
      }
    }
    if (pattern.matcher(name).matches()) {
      out.add(new Table(ks, name, type, relation.getOptions().getOrDefault(
          com.datastax.oss.driver.api.core.CqlIdentifier.fromInternal("comment"), "").toString(), columns, keyNames, null));
    }
    if (!sqlMode) {
      return;
    }
    for (ColumnMetadata c : relation.getColumns().values()) {
      String vtName = name + vtSeparator + c.getName().asInternal();
      if (!pattern.matcher(vtName).matches()) {
        continue;
      }
      List<Column> vt = new ArrayList<>(keys.stream().map(k -> new Column(k.getName().asInternal(), k.getType(), true)).toList());
      String col = c.getName().asInternal();
      if (c.getType() instanceof ListType list) {
        vt.add(new Column(col + "_index", DataTypes.INT, false));
        vt.add(new Column(col + "_value", list.getElementType(), false));
      } else if (c.getType() instanceof MapType map) {
        vt.add(new Column(col + "_key", map.getKeyType(), false));
        vt.add(new Column(col + "_value", map.getValueType(), false));
      } else if (c.getType() instanceof SetType set) {
        vt.add(new Column(col + "_value", set.getElementType(), false));
      } else {
        continue;
      }
      out.add(new Table(ks, vtName, type, "virtual table of collection column " + col + " of " + name,
          vt, keyNames, name));
    }
  }

  /** A JDBC LIKE pattern ({@code %}, {@code _}, backslash escape) as a regular expression; null = any. */
  static Pattern like(String pattern) {
    if (pattern == null) {
      return Pattern.compile(".*", Pattern.DOTALL);
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
