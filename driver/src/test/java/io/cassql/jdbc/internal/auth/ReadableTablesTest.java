package io.cassql.jdbc.internal.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a role's SELECT grants make visible. */
class ReadableTablesTest {
  private final ReadableTables grants =
      new ReadableTables(false, Set.of("shop"), Set.of("hr.people"));

  @Test
  void should_show_granted_keyspaces_whole_and_granted_tables_alone() {
    assertTrue(grants.table("shop", "orders"));
    assertTrue(grants.table("hr", "people"));
    assertFalse(grants.table("hr", "salaries"));
    assertTrue(grants.keyspace("hr"));
    assertTrue(grants.keyspace("shop"));
    assertFalse(grants.keyspace("finance"));
    assertFalse(
        grants.keyspace("h"), "a keyspace whose name prefixes a granted one's is not granted");
  }

  @Test
  void should_show_the_system_tables_every_role_may_read_and_no_others() {
    assertTrue(grants.table("system_schema", "tables"));
    assertTrue(grants.table("system", "local"));
    assertTrue(grants.table("system", "peers_v2"));
    assertFalse(grants.table("system", "paxos"));
    assertFalse(grants.table("system_auth", "roles"));
    assertFalse(grants.keyspace("system_auth"));
    assertFalse(grants.keyspace("system_views"));
  }

  @Test
  void should_show_everything_to_a_superuser_or_without_an_authorizer() {
    assertTrue(ReadableTables.ALL.table("system_auth", "roles"));
    assertTrue(ReadableTables.ALL.keyspace("finance"));
  }
}
