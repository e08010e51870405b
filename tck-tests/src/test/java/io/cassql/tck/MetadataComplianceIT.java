package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cassql.jdbc.internal.session.SessionRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every DatabaseMetaData method with representative arguments in both query modes: nothing
 * throws (but SQLFeatureNotSupportedException), every result set reads to the end, and the main
 * result sets have the specification's columns. Then a pool of 16 connections under 32 threads.
 */
class MetadataComplianceIT extends CassandraTestSupport {
  /** Column lists copied from the java.sql.DatabaseMetaData javadoc. */
  private static final Map<String, String> SPEC =
      Map.ofEntries(
          Map.entry(
              "getTables",
              "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,TABLE_TYPE,REMARKS,TYPE_CAT,TYPE_SCHEM,TYPE_NAME,SELF_REFERENCING_COL_NAME,REF_GENERATION"),
          Map.entry(
              "getColumns",
              "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,DATA_TYPE,TYPE_NAME,COLUMN_SIZE,BUFFER_LENGTH,DECIMAL_DIGITS,"
                  + "NUM_PREC_RADIX,NULLABLE,REMARKS,COLUMN_DEF,SQL_DATA_TYPE,SQL_DATETIME_SUB,CHAR_OCTET_LENGTH,ORDINAL_POSITION,"
                  + "IS_NULLABLE,SCOPE_CATALOG,SCOPE_SCHEMA,SCOPE_TABLE,SOURCE_DATA_TYPE,IS_AUTOINCREMENT,IS_GENERATEDCOLUMN"),
          Map.entry(
              "getPrimaryKeys", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,KEY_SEQ,PK_NAME"),
          Map.entry(
              "getImportedKeys",
              "PKTABLE_CAT,PKTABLE_SCHEM,PKTABLE_NAME,PKCOLUMN_NAME,FKTABLE_CAT,FKTABLE_SCHEM,FKTABLE_NAME,"
                  + "FKCOLUMN_NAME,KEY_SEQ,UPDATE_RULE,DELETE_RULE,FK_NAME,PK_NAME,DEFERRABILITY"),
          Map.entry("getSchemas", "TABLE_SCHEM,TABLE_CATALOG"),
          Map.entry("getCatalogs", "TABLE_CAT"),
          Map.entry("getTableTypes", "TABLE_TYPE"),
          Map.entry(
              "getTypeInfo",
              "TYPE_NAME,DATA_TYPE,PRECISION,LITERAL_PREFIX,LITERAL_SUFFIX,CREATE_PARAMS,NULLABLE,CASE_SENSITIVE,"
                  + "SEARCHABLE,UNSIGNED_ATTRIBUTE,FIXED_PREC_SCALE,AUTO_INCREMENT,LOCAL_TYPE_NAME,MINIMUM_SCALE,MAXIMUM_SCALE,"
                  + "SQL_DATA_TYPE,SQL_DATETIME_SUB,NUM_PREC_RADIX"),
          Map.entry(
              "getIndexInfo",
              "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,NON_UNIQUE,INDEX_QUALIFIER,INDEX_NAME,TYPE,ORDINAL_POSITION,"
                  + "COLUMN_NAME,ASC_OR_DESC,CARDINALITY,PAGES,FILTER_CONDITION"),
          Map.entry(
              "getProcedures",
              "PROCEDURE_CAT,PROCEDURE_SCHEM,PROCEDURE_NAME,RESERVED1,RESERVED2,RESERVED3,REMARKS,PROCEDURE_TYPE,SPECIFIC_NAME"),
          Map.entry(
              "getExportedKeys",
              "PKTABLE_CAT,PKTABLE_SCHEM,PKTABLE_NAME,PKCOLUMN_NAME,FKTABLE_CAT,FKTABLE_SCHEM,FKTABLE_NAME,"
                  + "FKCOLUMN_NAME,KEY_SEQ,UPDATE_RULE,DELETE_RULE,FK_NAME,PK_NAME,DEFERRABILITY"),
          Map.entry(
              "getCrossReference",
              "PKTABLE_CAT,PKTABLE_SCHEM,PKTABLE_NAME,PKCOLUMN_NAME,FKTABLE_CAT,FKTABLE_SCHEM,FKTABLE_NAME,"
                  + "FKCOLUMN_NAME,KEY_SEQ,UPDATE_RULE,DELETE_RULE,FK_NAME,PK_NAME,DEFERRABILITY"),
          Map.entry(
              "getBestRowIdentifier",
              "SCOPE,COLUMN_NAME,DATA_TYPE,TYPE_NAME,COLUMN_SIZE,BUFFER_LENGTH,DECIMAL_DIGITS,PSEUDO_COLUMN"),
          Map.entry(
              "getVersionColumns",
              "SCOPE,COLUMN_NAME,DATA_TYPE,TYPE_NAME,COLUMN_SIZE,BUFFER_LENGTH,DECIMAL_DIGITS,PSEUDO_COLUMN"),
          Map.entry(
              "getProcedureColumns",
              "PROCEDURE_CAT,PROCEDURE_SCHEM,PROCEDURE_NAME,COLUMN_NAME,COLUMN_TYPE,DATA_TYPE,TYPE_NAME,PRECISION,"
                  + "LENGTH,SCALE,RADIX,NULLABLE,REMARKS,COLUMN_DEF,SQL_DATA_TYPE,SQL_DATETIME_SUB,CHAR_OCTET_LENGTH,"
                  + "ORDINAL_POSITION,IS_NULLABLE,SPECIFIC_NAME"),
          Map.entry(
              "getFunctions",
              "FUNCTION_CAT,FUNCTION_SCHEM,FUNCTION_NAME,REMARKS,FUNCTION_TYPE,SPECIFIC_NAME"),
          Map.entry(
              "getFunctionColumns",
              "FUNCTION_CAT,FUNCTION_SCHEM,FUNCTION_NAME,COLUMN_NAME,COLUMN_TYPE,DATA_TYPE,TYPE_NAME,PRECISION,"
                  + "LENGTH,SCALE,RADIX,NULLABLE,REMARKS,CHAR_OCTET_LENGTH,ORDINAL_POSITION,IS_NULLABLE,SPECIFIC_NAME"),
          Map.entry(
              "getColumnPrivileges",
              "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,GRANTOR,GRANTEE,PRIVILEGE,IS_GRANTABLE"),
          Map.entry(
              "getTablePrivileges",
              "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,GRANTOR,GRANTEE,PRIVILEGE,IS_GRANTABLE"),
          Map.entry(
              "getUDTs", "TYPE_CAT,TYPE_SCHEM,TYPE_NAME,CLASS_NAME,DATA_TYPE,REMARKS,BASE_TYPE"),
          Map.entry(
              "getSuperTypes",
              "TYPE_CAT,TYPE_SCHEM,TYPE_NAME,SUPERTYPE_CAT,SUPERTYPE_SCHEM,SUPERTYPE_NAME"),
          Map.entry("getSuperTables", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,SUPERTABLE_NAME"),
          Map.entry(
              "getAttributes",
              "TYPE_CAT,TYPE_SCHEM,TYPE_NAME,ATTR_NAME,DATA_TYPE,ATTR_TYPE_NAME,ATTR_SIZE,DECIMAL_DIGITS,NUM_PREC_RADIX,"
                  + "NULLABLE,REMARKS,ATTR_DEF,SQL_DATA_TYPE,SQL_DATETIME_SUB,CHAR_OCTET_LENGTH,ORDINAL_POSITION,IS_NULLABLE,"
                  + "SCOPE_CATALOG,SCOPE_SCHEMA,SCOPE_TABLE,SOURCE_DATA_TYPE"),
          Map.entry("getClientInfoProperties", "NAME,MAX_LEN,DEFAULT_VALUE,DESCRIPTION"),
          Map.entry(
              "getPseudoColumns",
              "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,DATA_TYPE,COLUMN_SIZE,DECIMAL_DIGITS,NUM_PREC_RADIX,"
                  + "COLUMN_USAGE,REMARKS,CHAR_OCTET_LENGTH,IS_NULLABLE"));

  @BeforeAll
  static void load() throws Exception {
    SeedData.load();
  }

  private static Object argument(Class<?> type, String name, int position) {
    if (type == String.class) {
      return switch (position) {
        case 1 -> "mykeyspace";
        case 2 -> "ExampleTable%";
        default -> null;
      };
    }
    if (type == int.class) {
      return name.startsWith("supportsResultSet") ? java.sql.ResultSet.TYPE_FORWARD_ONLY : 0;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == Class.class) {
      return DatabaseMetaData.class;
    }
    return null;
  }

  private static void walk(DatabaseMetaData md) throws Exception {
    for (Method m : DatabaseMetaData.class.getMethods()) {
      if (m.getName().equals("unwrap")) {
        continue;
      }
      Object[] args = new Object[m.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        args[i] = argument(m.getParameterTypes()[i], m.getName(), i);
      }
      Object result;
      try {
        result = m.invoke(md, args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof SQLFeatureNotSupportedException) {
          continue;
        }
        throw new AssertionError(m.getName() + " threw " + e.getCause(), e.getCause());
      }
      if (result instanceof ResultSet rs) {
        ResultSetMetaData rsmd = rs.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= rsmd.getColumnCount(); i++) {
          names.add(rsmd.getColumnName(i));
        }
        String spec = SPEC.get(m.getName());
        assertTrue(spec != null, "no specification column list for " + m.getName());
        assertEquals(List.of(spec.split(",")), names, m.getName());
        while (rs.next()) {
          for (int i = 1; i <= names.size(); i++) {
            rs.getObject(i);
          }
        }
        rs.close();
      }
    }
  }

  @Test
  void should_answer_every_metadata_method_in_both_modes() throws Exception {
    try (Connection sql = SqlModeIT.sql();
        Connection cql = connect()) {
      walk(sql.getMetaData());
      walk(cql.getMetaData());
      DatabaseMetaData md = sql.getMetaData();
      assertEquals(".", md.getCatalogSeparator());
      assertEquals("keyspace", md.getSchemaTerm());
      assertEquals("", md.getExtraNameCharacters());
      assertEquals(48, md.getMaxTableNameLength());
    }
  }

  @Test
  void should_serve_metadata_and_queries_from_a_pool_of_16_under_32_threads() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url("/mykeyspace?queryMode=sql"));
    config.setUsername(USER);
    config.setPassword(PASSWORD);
    config.setMaximumPoolSize(16);
    config.setPoolName("cassql-metadata-pool");
    int sessionsBefore = SessionRegistry.instance().openSessions();
    try (HikariDataSource pool = new HikariDataSource(config)) {
      ExecutorService threads = Executors.newFixedThreadPool(32);
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        int n = t;
        work.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    try (Connection c = pool.getConnection()) {
                      if ((n + i) % 2 == 0) {
                        try (ResultSet rs =
                            c.getMetaData()
                                .getColumns(null, "mykeyspace", "ExampleTable_vt_List", null)) {
                          int columns = 0;
                          while (rs.next()) {
                            columns++;
                          }
                          assertEquals(3, columns);
                        }
                      } else {
                        assertEquals(
                            List.of("1|3", "3|4"),
                            SqlModeIT.query(
                                c,
                                "SELECT pk_int, COUNT(*) FROM \"ExampleTable_vt_List\" GROUP BY pk_int ORDER BY pk_int"));
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      threads.shutdown();
    }
    assertEquals(
        sessionsBefore, SessionRegistry.instance().openSessions(), "the pool's session is closed");
    long left =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && t.getName().startsWith("cassql-metadata-pool"))
            .count();
    if (left > 0) {
      fail(left + " pool threads left behind");
    }
  }
}
