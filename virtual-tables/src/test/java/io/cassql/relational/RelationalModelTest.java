package io.cassql.relational;

import static io.cassql.relational.SchemaFixtures.col;
import static io.cassql.relational.SchemaFixtures.cols;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relational model of a schema built from the driver's metadata objects, without a server. */
class RelationalModelTest {
  private static final KeyspaceMetadata SHOP =
      SchemaFixtures.keyspace(
          "shop",
          List.of(
              SchemaFixtures.table(
                  "shop",
                  "orders",
                  cols(col("id", DataTypes.INT)),
                  cols(col("line", DataTypes.SMALLINT)),
                  cols(
                      col("price", DataTypes.DECIMAL),
                      col("tags", DataTypes.setOf(DataTypes.TEXT)),
                      col("notes", DataTypes.listOf(DataTypes.TEXT)),
                      col("attrs", DataTypes.mapOf(DataTypes.TEXT, DataTypes.BIGINT)),
                      col("pos", DataTypes.tupleOf(DataTypes.INT, DataTypes.INT))),
                  "all orders"),
              SchemaFixtures.table(
                  "shop", "orders_vt_tags", cols(col("x", DataTypes.INT)), cols(), cols(), null)),
          List.of(
              SchemaFixtures.view(
                  "shop",
                  "by_price",
                  "orders",
                  cols(col("price", DataTypes.DECIMAL)),
                  cols(col("id", DataTypes.INT), col("line", DataTypes.SMALLINT)),
                  cols(col("notes", DataTypes.listOf(DataTypes.TEXT))))));

  private static final RelationalModel SQL = new RelationalModel(QueryMode.SQL, "_vt_");
  private static final RelationalModel CQL = new RelationalModel(QueryMode.CQL, "_vt_");

  @Test
  void sql_mode_has_base_tables_without_collections_and_a_virtual_table_per_collection() {
    RelationalKeyspace ks = SQL.keyspace(SHOP);
    assertEquals(
        List.of(
            "orders",
            "orders_vt_tags",
            "by_price",
            "orders_vt_notes",
            "orders_vt_attrs",
            "by_price_vt_notes"),
        ks.tables().stream().map(RelationalTable::name).toList(),
        "a real table wins over a virtual table's name");
    RelationalTable orders = ks.table("orders").orElseThrow();
    assertEquals(List.of("id", "line", "price", "pos"), orders.columnNames());
    assertEquals(List.of("id", "line"), orders.primaryKey());
    assertEquals("all orders", orders.remarks());
    assertEquals("TABLE", orders.tableType());
    assertFalse(orders.isVirtual());
    assertNull(orders.foreignKey());
    assertEquals(KeyRole.PARTITION, orders.column("id").orElseThrow().keyRole());
    assertEquals(KeyRole.CLUSTERING, orders.column("line").orElseThrow().keyRole());
    assertFalse(orders.column("line").orElseThrow().nullable());
    assertTrue(orders.column("price").orElseThrow().nullable());
    assertEquals("VIEW", ks.table("by_price").orElseThrow().tableType());
    assertEquals("VIEW", ks.table("by_price_vt_notes").orElseThrow().tableType());
  }

  @Test
  void virtual_tables_lay_out_keys_then_element_parts_with_a_foreign_key_to_the_base_table() {
    RelationalKeyspace ks =
        SQL.keyspace(
            SchemaFixtures.keyspace(
                "shop",
                List.of(
                    SchemaFixtures.table(
                        "shop",
                        "orders",
                        cols(col("id", DataTypes.INT)),
                        cols(col("line", DataTypes.SMALLINT)),
                        cols(
                            col("tags", DataTypes.setOf(DataTypes.TEXT)),
                            col("notes", DataTypes.listOf(DataTypes.DOUBLE)),
                            col("attrs", DataTypes.mapOf(DataTypes.TEXT, DataTypes.BIGINT))),
                        null)),
                List.of()));
    RelationalTable list = ks.table("orders_vt_notes").orElseThrow();
    assertEquals(List.of("id", "line", "notes_index", "notes_value"), list.columnNames());
    assertEquals(
        List.of(ElementPart.COLUMN, ElementPart.COLUMN, ElementPart.INDEX, ElementPart.VALUE),
        list.columns().stream().map(RelationalColumn::part).toList());
    assertEquals(DataTypes.INT, list.column("notes_index").orElseThrow().cqlType());
    assertEquals(DataTypes.DOUBLE, list.column("notes_value").orElseThrow().cqlType());
    assertEquals(CollectionShape.LIST, list.shape());
    assertEquals("notes", list.collection());
    assertEquals("orders", list.relation());
    assertEquals(new ForeignKey("orders", List.of("id", "line")), list.foreignKey());
    assertEquals(List.of("id", "line"), list.primaryKey());
    assertEquals(KeyRole.CLUSTERING, list.column("line").orElseThrow().keyRole());
    assertTrue(list.column("notes_value").orElseThrow().nullable());
    RelationalTable map = ks.table("orders_vt_attrs").orElseThrow();
    assertEquals(List.of("id", "line", "attrs_key", "attrs_value"), map.columnNames());
    assertEquals(DataTypes.TEXT, map.column("attrs_key").orElseThrow().cqlType());
    assertEquals(DataTypes.BIGINT, map.column("attrs_value").orElseThrow().cqlType());
    RelationalTable set = ks.table("orders_vt_tags").orElseThrow();
    assertEquals(List.of("id", "line", "tags_value"), set.columnNames());
    assertEquals("virtual table of collection column tags of orders", set.remarks());
    assertTrue(
        new RelationalModel(QueryMode.SQL, "$").keyspace(SHOP).table("orders$tags").isPresent(),
        "the separator setting names virtual tables");
  }

  @Test
  void cql_mode_shows_cassandra_tables_as_they_are() {
    RelationalKeyspace ks = CQL.keyspace(SHOP);
    assertEquals(
        List.of("orders", "orders_vt_tags", "by_price"),
        ks.tables().stream().map(RelationalTable::name).toList());
    RelationalTable orders = ks.table("orders").orElseThrow();
    assertEquals(
        List.of("id", "line", "price", "tags", "notes", "attrs", "pos"), orders.columnNames());
    assertEquals("set<text>", orders.column("tags").orElseThrow().type().typeName());
    assertEquals(JdbcTypeCode.VARCHAR, orders.column("tags").orElseThrow().type().jdbcType());
  }

  @Test
  void the_permission_filter_hides_unreadable_tables_and_views_of_them() {
    ReadableRelations onlyOther =
        new ReadableRelations() {
          @Override
          public boolean keyspace(String keyspace) {
            return true;
          }

          @Override
          public boolean table(String keyspace, String table) {
            return !table.equals("orders");
          }
        };
    RelationalKeyspace ks = SQL.keyspace(SHOP, onlyOther);
    assertEquals(
        List.of("orders_vt_tags"),
        ks.tables().stream().map(RelationalTable::name).toList(),
        "neither the table, its virtual tables, nor a view of it");
  }

  @Test
  void system_keyspaces_hold_system_tables() {
    RelationalKeyspace ks =
        SQL.keyspace(
            SchemaFixtures.keyspace(
                "system",
                List.of(
                    SchemaFixtures.table(
                        "system", "local", cols(col("key", DataTypes.TEXT)), cols(), cols(), null)),
                List.of()));
    assertTrue(ks.system());
    assertEquals("SYSTEM TABLE", ks.tables().get(0).tableType());
  }
}
