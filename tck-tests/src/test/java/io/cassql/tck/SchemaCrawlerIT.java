package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.ForeignKey;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;
import us.fatehi.utility.datasource.MultiUseUserCredentials;

/**
 * SchemaCrawler, a schema browser no one here wrote, crawls a keyspace with base and virtual
 * tables.
 */
class SchemaCrawlerIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    SeedData.load();
  }

  @Test
  void should_crawl_tables_columns_and_keys_without_warnings() throws Exception {
    List<LogRecord> warnings = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(r);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      DatabaseConnectionSource source =
          DatabaseConnectionSources.newDatabaseConnectionSource(
              url("?queryMode=sql"), new MultiUseUserCredentials(USER, PASSWORD));
      SchemaCrawlerOptions options =
          SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
              .withLimitOptions(
                  LimitOptionsBuilder.builder()
                      .includeSchemas(Pattern.compile("mykeyspace"))
                      .toOptions())
              .withLoadOptions(
                  LoadOptionsBuilder.builder()
                      .withSchemaInfoLevel(SchemaInfoLevelBuilder.standard())
                      .toOptions());
      Catalog catalog = SchemaCrawlerUtility.getCatalog(source, options);
      Schema schema =
          catalog.getSchemas().stream()
              .filter(s -> s.getFullName().equals("mykeyspace"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("schemas: " + catalog.getSchemas()));
      List<String> tables =
          catalog.getTables(schema).stream().map(Table::getName).sorted().toList();
      assertEquals(
          List.of(
              "ExampleTable",
              "ExampleTable_vt_List",
              "ExampleTable_vt_Map",
              "ExampleTable_vt_StringSet"),
          tables);
      Table list =
          catalog.getTables(schema).stream()
              .filter(t -> t.getName().equals("ExampleTable_vt_List"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          List.of("pk_int", "List_index", "List_value"),
          list.getColumns().stream().map(Column::getName).toList());
      Table base =
          catalog.getTables(schema).stream()
              .filter(t -> t.getName().equals("ExampleTable"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          List.of("pk_int"),
          base.getPrimaryKey().getConstrainedColumns().stream().map(Column::getName).toList());
      List<ForeignKey> fks = new ArrayList<>(list.getImportedForeignKeys());
      assertEquals(1, fks.size(), "the virtual table's key is a foreign key to the base table");
      assertEquals("ExampleTable", fks.get(0).getPrimaryKeyTable().getName());
      assertEquals(3, base.getExportedForeignKeys().size());
    } finally {
      root.removeHandler(capture);
    }
    assertTrue(
        warnings.isEmpty(),
        "warnings from the crawl: "
            + warnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
  }
}
