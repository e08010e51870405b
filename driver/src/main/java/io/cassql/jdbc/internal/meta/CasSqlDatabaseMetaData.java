package io.cassql.jdbc.internal.meta;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.IndexMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.auth.ReadableTables;
import io.cassql.jdbc.internal.auth.RolePermissions;
import io.cassql.jdbc.internal.config.AuthenticationType;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.error.CassandraErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.relational.ColumnType;
import io.cassql.relational.ForeignKey;
import io.cassql.relational.QueryMode;
import io.cassql.relational.RelationalColumn;
import io.cassql.relational.RelationalModel;
import io.cassql.relational.RelationalTable;
import io.cassql.schema.types.CqlKind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@link java.sql.DatabaseMetaData} answered from the relational model ({@code
 * io.cassql.relational}) of the driver's schema metadata: keyspaces are schemas (there are no
 * catalogs), tables are base and virtual tables in SQL mode, every virtual table has a foreign key
 * to its base table, and a column's type is the one a SELECT of it reports in the connection's
 * mode. Keyspaces and tables the connected role may not read are left out; once the connection is
 * closed every call fails with 08003.
 */
public final class CasSqlDatabaseMetaData extends MetadataFlags {
  private final ConnectionContext owner;
  private final RelationalCatalog catalog;
  private String version;

  /**
   * The metadata of {@code connection}, reading the schema through {@code owner} and {@code
   * catalog} (in the driver {@code connection} is {@code owner}; a test may pass a closed stand-in
   * and nulls).
   */
  CasSqlDatabaseMetaData(
      Connection connection,
      ConnectionContext owner,
      RelationalCatalog catalog,
      String url,
      String userName,
      boolean sqlMode) {
    super(connection, url, userName, sqlMode);
    this.owner = owner;
    this.catalog = catalog;
  }

  /** The metadata of {@code owner}, failing with 08003 once {@code owner} is closed. */
  public static DatabaseMetaData open(
      ConnectionContext owner, String url, String userName, boolean sqlMode, String vtSeparator) {
    RelationalModel model =
        new RelationalModel(sqlMode ? QueryMode.SQL : QueryMode.CQL, vtSeparator);
    RelationalCatalog catalog =
        new RelationalCatalog(owner.session().getMetadata(), model, () -> readable(owner));
    return new CasSqlDatabaseMetaData(owner, owner, catalog, url, userName, sqlMode);
  }

  /** What the role of {@code owner} may read (everything when it logged in anonymously). */
  private static ReadableTables readable(ConnectionContext owner) throws SQLException {
    if (owner.settings().authenticationType() != AuthenticationType.BASIC) {
      return ReadableTables.ALL;
    }
    try {
      return RolePermissions.of(owner.session(), owner.settings().user());
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
  }

  @Override
  protected synchronized String productVersion() throws SQLException {
    if (version == null) {
      try {
        Row row = owner.session().execute("SELECT release_version FROM system.local").one();
        version = row == null ? "unknown" : row.getString(0);
      } catch (RuntimeException e) {
        throw CassandraErrorTranslator.translate(e);
      }
    }
    return version;
  }

  private static ResultSet result(MetadataShape shape, List<Object[]> rows) {
    return new MetadataResultSet(shape, rows);
  }

  @Override
  public ResultSet getCatalogs() throws SQLException {
    checkOpen();
    return result(MetadataShape.CATALOGS, List.of());
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    checkOpen();
    return getSchemas(null, null);
  }

  @Override
  public ResultSet getSchemas(String catalogName, String schemaPattern) throws SQLException {
    checkOpen();
    List<Object[]> rows = new ArrayList<>();
    if (catalogName == null || catalogName.isEmpty()) {
      catalog.keyspaces(schemaPattern).forEach(ks -> rows.add(new Object[] {ks, null}));
    }
    return result(MetadataShape.SCHEMAS, rows);
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    checkOpen();
    return result(
        MetadataShape.TABLE_TYPES,
        List.of(new Object[] {"SYSTEM TABLE"}, new Object[] {"TABLE"}, new Object[] {"VIEW"}));
  }

  private List<RelationalTable> tables(
      String catalogName, String schemaPattern, String tablePattern) throws SQLException {
    if (catalogName != null && !catalogName.isEmpty()) {
      return List.of();
    }
    return catalog.tables(schemaPattern, tablePattern);
  }

  @Override
  public ResultSet getTables(
      String catalogName, String schemaPattern, String tablePattern, String[] types)
      throws SQLException {
    checkOpen();
    List<String> wanted =
        types == null ? null : Arrays.stream(types).map(t -> t.toUpperCase(Locale.ROOT)).toList();
    List<Object[]> rows = new ArrayList<>();
    for (RelationalTable t : tables(catalogName, schemaPattern, tablePattern)) {
      if (wanted == null || wanted.contains(t.tableType())) {
        rows.add(
            new Object[] {
              null, t.keyspace(), t.name(), t.tableType(), t.remarks(), null, null, null, null, null
            });
      }
    }
    return result(MetadataShape.TABLES, rows);
  }

  @Override
  public ResultSet getColumns(
      String catalogName, String schemaPattern, String tablePattern, String columnPattern)
      throws SQLException {
    checkOpen();
    Pattern columns = RelationalCatalog.like(columnPattern);
    List<Object[]> rows = new ArrayList<>();
    for (RelationalTable t : tables(catalogName, schemaPattern, tablePattern)) {
      int position = 0;
      for (RelationalColumn c : t.columns()) {
        position++;
        if (!columns.matcher(c.name()).matches()) {
          continue;
        }
        ColumnType type = c.type();
        boolean key = c.keyRole().isKey();
        boolean text = type.jdbcType() == Types.VARCHAR;
        rows.add(
            new Object[] {
              null,
              t.keyspace(),
              t.name(),
              c.name(),
              type.jdbcType(),
              type.typeName(),
              type.precision(),
              null,
              type.numeric() || type.scale() > 0 ? type.scale() : null,
              type.numeric() ? 10 : null,
              c.nullable() ? columnNullable : columnNoNulls,
              key ? "primary key column" : "",
              null,
              null,
              null,
              text ? Integer.MAX_VALUE : null,
              position,
              c.nullable() ? "YES" : "NO",
              null,
              null,
              null,
              null,
              "NO",
              "NO"
            });
      }
    }
    return result(MetadataShape.COLUMNS, rows);
  }

  private RelationalTable exactTable(String schema, String table) throws SQLException {
    if (table == null) {
      return null;
    }
    return catalog.tables(schema == null ? null : escape(schema), escape(table)).stream()
        .findFirst()
        .orElse(null);
  }

  private static String escape(String name) {
    return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public ResultSet getPrimaryKeys(String catalogName, String schema, String table)
      throws SQLException {
    checkOpen();
    List<Object[]> rows = new ArrayList<>();
    RelationalTable t =
        catalogName == null || catalogName.isEmpty() ? exactTable(schema, table) : null;
    if (t != null) {
      for (int i = 0; i < t.primaryKey().size(); i++) {
        rows.add(
            new Object[] {
              null,
              t.keyspace(),
              t.name(),
              t.primaryKey().get(i),
              (short) (i + 1),
              t.relation() + "_pkey"
            });
      }
      rows.sort(Comparator.comparing(r -> (String) r[3]));
    }
    return result(MetadataShape.PRIMARY_KEYS, rows);
  }

  /**
   * Foreign-key rows of virtual tables to their base tables, filtered by base and virtual table.
   */
  private List<Object[]> foreignKeys(String schema, String baseTable, String virtualTable)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (RelationalTable t : catalog.tables(schema == null ? null : escape(schema), null)) {
      ForeignKey fk = t.foreignKey();
      if (fk == null
          || (baseTable != null && !fk.baseTable().equals(baseTable))
          || (virtualTable != null && !t.name().equals(virtualTable))) {
        continue;
      }
      for (int i = 0; i < fk.columns().size(); i++) {
        String key = fk.columns().get(i);
        rows.add(
            new Object[] {
              null,
              t.keyspace(),
              fk.baseTable(),
              key,
              null,
              t.keyspace(),
              t.name(),
              key,
              (short) (i + 1),
              (short) importedKeyNoAction,
              (short) importedKeyCascade,
              t.name() + "_fk",
              fk.baseTable() + "_pkey",
              (short) importedKeyNotDeferrable
            });
      }
    }
    return rows;
  }

  @Override
  public ResultSet getImportedKeys(String catalogName, String schema, String table)
      throws SQLException {
    checkOpen();
    List<Object[]> rows = table == null ? List.of() : foreignKeys(schema, null, table);
    return result(MetadataShape.KEYS, rows);
  }

  @Override
  public ResultSet getExportedKeys(String catalogName, String schema, String table)
      throws SQLException {
    checkOpen();
    List<Object[]> rows =
        table == null ? List.of() : new ArrayList<>(foreignKeys(schema, table, null));
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[6]).thenComparing(r -> (Short) r[8]));
    return result(MetadataShape.KEYS, rows);
  }

  @Override
  public ResultSet getCrossReference(
      String parentCatalog,
      String parentSchema,
      String parentTable,
      String foreignCatalog,
      String foreignSchema,
      String foreignTable)
      throws SQLException {
    checkOpen();
    List<Object[]> rows =
        parentTable == null || foreignTable == null
            ? List.of()
            : foreignKeys(parentSchema, parentTable, foreignTable).stream()
                .filter(r -> foreignSchema == null || foreignSchema.equals(r[5]))
                .toList();
    return result(MetadataShape.KEYS, rows);
  }

  @Override
  public ResultSet getIndexInfo(
      String catalogName, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    checkOpen();
    List<Object[]> rows = new ArrayList<>();
    RelationalTable t = unique ? null : exactTable(schema, table);
    if (t != null && !t.isVirtual()) {
      KeyspaceMetadata ks =
          owner
              .session()
              .getMetadata()
              .getKeyspace(CqlIdentifier.fromInternal(t.keyspace()))
              .orElse(null);
      if (ks != null) {
        ks.getTable(CqlIdentifier.fromInternal(t.name()))
            .ifPresent(
                tm -> {
                  for (IndexMetadata index : tm.getIndexes().values()) {
                    rows.add(
                        new Object[] {
                          null,
                          t.keyspace(),
                          t.name(),
                          true,
                          null,
                          index.getName().asInternal(),
                          (short) tableIndexOther,
                          (short) 1,
                          index.getTarget(),
                          null,
                          0L,
                          0L,
                          null
                        });
                  }
                });
      }
    }
    return result(MetadataShape.INDEX_INFO, rows);
  }

  @Override
  public ResultSet getBestRowIdentifier(
      String catalogName, String schema, String table, int scope, boolean nullable)
      throws SQLException {
    checkOpen();
    List<Object[]> rows = new ArrayList<>();
    RelationalTable t = exactTable(schema, table);
    if (t != null) {
      for (RelationalColumn c : t.columns()) {
        if (c.keyRole().isKey()) {
          ColumnType type = c.type();
          rows.add(
              new Object[] {
                (short) bestRowSession,
                c.name(),
                type.jdbcType(),
                type.typeName(),
                type.precision(),
                null,
                (short) type.scale(),
                (short) bestRowNotPseudo
              });
        }
      }
    }
    return result(MetadataShape.BEST_ROW, rows);
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    checkOpen();
    List<Object[]> rows = new ArrayList<>();
    String[] names = {
      "ascii",
      "bigint",
      "blob",
      "boolean",
      "counter",
      "date",
      "decimal",
      "double",
      "duration",
      "float",
      "inet",
      "int",
      "smallint",
      "text",
      "time",
      "timestamp",
      "timeuuid",
      "tinyint",
      "uuid",
      "varchar",
      "varint",
      "list",
      "set",
      "map",
      "tuple",
      "vector"
    };
    for (String name : names) {
      CqlKind kind =
          switch (name) {
            case "varchar" -> CqlKind.TEXT;
            default -> CqlKind.valueOf(name.toUpperCase(Locale.ROOT));
          };
      int jdbc = kind.jdbcType();
      boolean quoted =
          jdbc == Types.VARCHAR
              || jdbc == Types.DATE
              || jdbc == Types.TIME
              || jdbc == Types.TIMESTAMP;
      rows.add(
          new Object[] {
            name,
            jdbc,
            kind.precision(),
            quoted ? "'" : null,
            quoted ? "'" : null,
            null,
            (short) typeNullable,
            jdbc == Types.VARCHAR,
            (short) typeSearchable,
            !kind.isNumeric(),
            false,
            false,
            name,
            (short) 0,
            (short) kind.scale(),
            null,
            null,
            kind.isNumeric() ? 10 : null
          });
    }
    rows.sort(
        Comparator.comparing((Object[] r) -> (Integer) r[1]).thenComparing(r -> (String) r[0]));
    return result(MetadataShape.TYPE_INFO, rows);
  }

  @Override
  public ResultSet getProcedures(String c, String s, String p) throws SQLException {
    checkOpen();
    return result(MetadataShape.PROCEDURES, List.of());
  }

  @Override
  public ResultSet getProcedureColumns(String c, String s, String p, String col)
      throws SQLException {
    checkOpen();
    return result(MetadataShape.PROCEDURE_COLUMNS, List.of());
  }

  @Override
  public ResultSet getFunctions(String c, String s, String f) throws SQLException {
    checkOpen();
    return result(MetadataShape.FUNCTIONS, List.of());
  }

  @Override
  public ResultSet getFunctionColumns(String c, String s, String f, String col)
      throws SQLException {
    checkOpen();
    return result(MetadataShape.FUNCTION_COLUMNS, List.of());
  }

  @Override
  public ResultSet getColumnPrivileges(String c, String s, String t, String col)
      throws SQLException {
    checkOpen();
    return result(MetadataShape.COLUMN_PRIVILEGES, List.of());
  }

  @Override
  public ResultSet getTablePrivileges(String c, String s, String t) throws SQLException {
    checkOpen();
    return result(MetadataShape.TABLE_PRIVILEGES, List.of());
  }

  @Override
  public ResultSet getVersionColumns(String c, String s, String t) throws SQLException {
    checkOpen();
    return result(MetadataShape.VERSION_COLUMNS, List.of());
  }

  @Override
  public ResultSet getUDTs(String c, String s, String t, int[] types) throws SQLException {
    checkOpen();
    return result(MetadataShape.UDTS, List.of());
  }

  @Override
  public ResultSet getSuperTypes(String c, String s, String t) throws SQLException {
    checkOpen();
    return result(MetadataShape.SUPER_TYPES, List.of());
  }

  @Override
  public ResultSet getSuperTables(String c, String s, String t) throws SQLException {
    checkOpen();
    return result(MetadataShape.SUPER_TABLES, List.of());
  }

  @Override
  public ResultSet getAttributes(String c, String s, String t, String a) throws SQLException {
    checkOpen();
    return result(MetadataShape.ATTRIBUTES, List.of());
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    checkOpen();
    return result(MetadataShape.CLIENT_INFO, List.of());
  }

  @Override
  public ResultSet getPseudoColumns(String c, String s, String t, String col) throws SQLException {
    checkOpen();
    return result(MetadataShape.PSEUDO_COLUMNS, List.of());
  }

  @Override
  public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlErrors.create(SqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
  }

  @Override
  public String toString() {
    return "CasSqlDatabaseMetaData[" + url + "]";
  }
}
