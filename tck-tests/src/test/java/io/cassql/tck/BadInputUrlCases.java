package io.cassql.tck;

import static io.cassql.tck.BadInput.Mode.OWN;
import static io.cassql.tck.BadInput.call;
import static io.cassql.tck.BadInput.ok;

import io.cassql.jdbc.CasSqlDriver;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Hostile connection attempts: invalid URLs, unknown or malformed properties, bad consistency
 * names.
 */
final class BadInputUrlCases {
  private BadInputUrlCases() {}

  static List<BadInput> all() {
    List<BadInput> cases = new ArrayList<>();
    urls(cases);
    properties(cases);
    consistency(cases);
    return cases;
  }

  private static void urls(List<BadInput> cases) {
    String cat = "invalid URLs";
    cases.add(raw(cat, "jdbc:cassandra://", "08001", "no host"));
    cases.add(raw(cat, "jdbc:cassandra://:9042", "08001", "empty host"));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1:notaport", "08001", "notaport"));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1:70000", "08001", "70000"));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1:-1", "08001", "-1"));
    cases.add(raw(cat, "jdbc:cassandra://[::1", "08001", "["));
    cases.add(raw(cat, "jdbc:cassandra://[::1]x", "08001", "]"));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1,,127.0.0.2", "08001", "empty host"));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1/ks?fetchSize", "08001", "name=value"));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1/ks?=5", "08001", "name=value"));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1/%ZZ", "08001", "escape"));
    cases.add(raw(cat, "jdbc:mysql://127.0.0.1:3306/db", "08001", "suitable driver"));
    cases.add(
        call(
            cat,
            "Driver.connect(null, info)",
            OWN,
            "08001",
            "null",
            c -> new CasSqlDriver().connect(null, credentials())));
    cases.add(
        call(
            cat,
            "Driver.acceptsURL(null)",
            OWN,
            "08001",
            "null",
            c -> new CasSqlDriver().acceptsURL(null)));
    cases.add(raw(cat, "jdbc:cassandra://someone:pw@127.0.0.1:9042", "08001", "user="));
    cases.add(raw(cat, "jdbc:cassandra://127.0.0.1:1?connectTimeout=2000", "08001", "127.0.0.1:1"));
    cases.add(
        raw(
            cat,
            "jdbc:cassandra://no-such-host.invalid:9042?connectTimeout=2000",
            "08001",
            "no-such-host.invalid"));
    cases.add(node(cat, "/badinput_ks;DROP TABLE victim", "08001", "name=value"));
    cases.add(node(cat, "/badinput_ks%3B%20DROP%20TABLE%20victim", "42S02", "DROP TABLE victim"));
    cases.add(node(cat, "/%22badinput_ks%22", "42S02", "\"badinput_ks\""));
  }

  private static void properties(List<BadInput> cases) {
    String cat = "malformed properties";
    cases.add(node(cat, "?fetchSize=abc", "HY024", "fetchSize"));
    cases.add(node(cat, "?fetchSize=0", "HY024", "fetchSize"));
    cases.add(node(cat, "?fetchSize=99999999999", "HY024", "fetchSize"));
    cases.add(node(cat, "?requestTimeout=-1", "HY024", "requestTimeout"));
    cases.add(node(cat, "?connectTimeout=0", "HY024", "connectTimeout"));
    cases.add(node(cat, "?scanParallelism=-2", "HY024", "scanParallelism"));
    cases.add(node(cat, "?queryMode=nosql", "HY024", "queryMode"));
    cases.add(node(cat, "?allowFiltering=maybe", "HY024", "allowFiltering"));
    cases.add(node(cat, "?warmUp=maybe", "HY024", "warmUp"));
    cases.add(node(cat, "?ssl=perhaps", "HY024", "ssl"));
    cases.add(node(cat, "?sslHostnameValidation=sometimes", "HY024", "sslHostnameValidation"));
    cases.add(node(cat, "?authenticationType=Kerberos", "HY024", "authenticationType"));
    cases.add(node(cat, "?AuthMech=5", "HY024", "authenticationType"));
    cases.add(node(cat, "?port=0", "HY024", "port"));
    cases.add(
        call(
            cat,
            "port=abc in Properties",
            OWN,
            "HY024",
            "port",
            c -> {
              Properties p = credentials();
              p.setProperty("port", "abc");
              close(
                  DriverManager.getConnection(
                      "jdbc:cassandra://" + CassandraTestSupport.node.host(), p));
            }));
    cases.add(
        call(
            cat,
            "Basic authentication without a user",
            OWN,
            "HY024",
            "user",
            c ->
                close(
                    DriverManager.getConnection(
                        CassandraTestSupport.url("?authenticationType=Basic"), new Properties()))));
    cases.add(
        call(
            cat,
            "a local data centre that does not exist",
            OWN,
            "HY024",
            "nowhere",
            c ->
                close(
                    DriverManager.getConnection(
                        CassandraTestSupport.url("?localDatacenter=nowhere"), credentials()))));
    cases.add(
        ok(
            "unknown properties",
            "an unknown property connects with a warning naming it",
            OWN,
            c -> {
              try (Connection own =
                  DriverManager.getConnection(
                      CassandraTestSupport.url("/badinput_ks?queryMode=cql&fooBar=1"),
                      credentials())) {
                SQLWarning w = own.getWarnings();
                if (w == null
                    || !"01000".equals(w.getSQLState())
                    || !w.getMessage().contains("fooBar")) {
                  throw new AssertionError("expected a 01000 warning naming fooBar, got " + w);
                }
                BadInput.run(own, "SELECT id FROM canary WHERE id = 1");
              }
            }));
  }

  private static void consistency(List<BadInput> cases) {
    String cat = "bad consistency names";
    cases.add(node(cat, "?consistencyLevel=MOST", "HY024", "MOST"));
    cases.add(node(cat, "?consistencyLevel=9", "HY024", "consistencyLevel"));
    cases.add(node(cat, "?consistencyLevel=", "HY024", "consistencyLevel"));
    cases.add(node(cat, "?TunableConsistency=99", "HY024", "consistencyLevel"));
    cases.add(node(cat, "?consistencyLevel=SERIAL", "HY024", "SERIAL"));
    cases.add(
        node(cat, "?consistencyLevel=ONE%3B%20DROP%20TABLE%20victim", "HY024", "consistencyLevel"));
    cases.add(
        ok(
            cat,
            "a lower-case consistency name is accepted",
            OWN,
            c -> {
              try (Connection own =
                  DriverManager.getConnection(
                      CassandraTestSupport.url(
                          "/badinput_ks?queryMode=cql&consistencyLevel=quorum"),
                      credentials())) {
                List<String> r = BadInput.run(own, "SELECT v FROM canary WHERE id = 2");
                if (!r.equals(List.of("two"))) {
                  throw new AssertionError("read at QUORUM gave " + r);
                }
              }
            }));
    cases.add(node(cat, "?consistencyLevel=LOCAL_SERIAL", "HY024", "LOCAL_SERIAL"));
  }

  /** The dedicated role's credentials. */
  static Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", BadInputIT.ROLE);
    p.setProperty("password", BadInputIT.SECRET);
    return p;
  }

  /** Connecting to {@code url} (not necessarily this node's) must fail. */
  private static BadInput raw(String cat, String url, String state, String fragment) {
    return call(
        cat,
        url,
        OWN,
        state,
        fragment,
        c -> close(DriverManager.getConnection(url, credentials())));
  }

  /** Connecting to the shared node with {@code suffix} after host:port must fail. */
  private static BadInput node(String cat, String suffix, String state, String fragment) {
    return call(
        cat,
        "node URL + " + suffix,
        OWN,
        state,
        fragment,
        c -> close(DriverManager.getConnection(CassandraTestSupport.url(suffix), credentials())));
  }

  /** An unexpected success still closes what it opened. */
  private static void close(Connection c) throws SQLException {
    c.close();
  }
}
