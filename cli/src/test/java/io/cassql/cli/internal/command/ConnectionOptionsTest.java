package io.cassql.cli.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extra driver properties join the URL unless the URL names them already (the URL wins). */
class ConnectionOptionsTest {

  @Test
  void should_append_only_properties_the_url_does_not_name() {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("queryMode", "cql");
    extra.put("consistencyLevel", "QUORUM");
    assertEquals(
        "jdbc:cassandra://h/ks?queryMode=sql&consistencyLevel=QUORUM",
        ConnectionOptions.appendMissing("jdbc:cassandra://h/ks?queryMode=sql", extra));
    assertEquals(
        "jdbc:cassandra://h?queryMode=cql&consistencyLevel=QUORUM",
        ConnectionOptions.appendMissing("jdbc:cassandra://h", extra));
    assertEquals(
        "jdbc:cassandra://h:9042;AuthMech=1;queryMode=cql;consistencyLevel=QUORUM",
        ConnectionOptions.appendMissing("jdbc:cassandra://h:9042;AuthMech=1", extra));
  }
}
