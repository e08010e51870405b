package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.junit.SharedCassandraExtension;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the CLI suites: the shared node (authentication on), a login role of the tests' own, the
 * seed example, and {@link #cassql} to run the runnable jar as a separate process.
 */
@ExtendWith(SharedCassandraExtension.class)
abstract class CliTestSupport {
  static final String USER = "cli_user";
  static final String PASSWORD = "S3cret-cli-pw";

  static CassandraNode node;

  @BeforeAll
  static void shareNode(CassandraNode shared) throws Exception {
    node = shared;
    awaitSuperuser();
    cql(
        "CREATE ROLE IF NOT EXISTS "
            + USER
            + " WITH PASSWORD = '"
            + PASSWORD
            + "' AND LOGIN = true AND SUPERUSER = true",
        "CREATE KEYSPACE IF NOT EXISTS mykeyspace WITH replication = "
            + "{'class': 'SimpleStrategy', 'replication_factor': 1}",
        "CREATE TABLE IF NOT EXISTS mykeyspace.\"ExampleTable\" (pk_int int PRIMARY KEY, \"Value\" text, "
            + "\"List\" list<text>, \"Map\" map<text,text>, \"StringSet\" set<text>)",
        "INSERT INTO mykeyspace.\"ExampleTable\" (pk_int, \"Value\", \"List\", \"Map\", \"StringSet\") "
            + "VALUES (1, 'sample value 1', ['1','2','3'], {'S1':'a','S2':'b'}, {'A','B','C'})",
        "INSERT INTO mykeyspace.\"ExampleTable\" (pk_int, \"Value\", \"List\", \"Map\", \"StringSet\") "
            + "VALUES (3, 'sample value 3', ['100','101','102','105'], {'S1':'t'}, {'A','E'})");
  }

  /** {@code jdbc:cassandra://host:port} of the shared node plus a suffix. */
  static String url(String suffix) {
    return "jdbc:cassandra://" + node.host() + ":" + node.nativePort() + suffix;
  }

  /** A connection in this JVM (the tests' own view of the source), as the superuser. */
  static Connection connect(String suffix) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", "cassandra");
    p.setProperty("password", "cassandra");
    return DriverManager.getConnection(url(suffix), p);
  }

  /** Runs CQL statements. */
  static void cql(String... statements) throws SQLException {
    try (Connection c = connect("?queryMode=cql");
        Statement s = c.createStatement()) {
      for (String st : statements) {
        s.execute(st);
      }
    }
  }

  /** The result of one run of the tool. */
  record Run(int exit, String out, String err) {
    /** Both streams, for assertion messages. */
    String all() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /**
   * Runs {@code java -jar cassql-cli-<v>-all.jar args} with the tests' password in the environment.
   */
  static Run cassql(String... args) throws Exception {
    return cassql(Map.of(PASSWORD_ENV, PASSWORD), null, List.of(), args);
  }

  static final String PASSWORD_ENV = "CASSQL_PASSWORD";

  /**
   * Runs the tool as a user would: a separate JVM on the runnable jar, with {@code env} added (a
   * null value removes the variable), {@code stdin} as standard input (none when null).
   */
  static Run cassql(Map<String, String> env, String stdin, List<String> jvmOptions, String... args)
      throws Exception {
    String jar = System.getProperty("cassql.cli.jar");
    assertTrue(jar != null && new File(jar).isFile(), "the runnable jar is built: " + jar);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions.isEmpty() ? List.of("-Xmx512m") : jvmOptions);
    cmd.add("-jar");
    cmd.add(jar);
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(home("runs"), "out", ".txt");
    Path err = Files.createTempFile(home("runs"), "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> environment = new HashMap<>(env);
    environment.putIfAbsent("CASSQL_HOME", home("default").toString());
    environment.forEach(
        (k, v) -> {
          if (v == null) {
            pb.environment().remove(k);
          } else {
            pb.environment().put(k, v);
          }
        });
    pb.environment().remove("CASSQL_USER");
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }
    Process p = pb.start();
    if (stdin != null) {
      try (var in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("cassql did not finish: " + String.join(" ", args));
    }
    Run run =
        new Run(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  /**
   * A {@code CASSQL_HOME} under {@code target/} (so nothing is left in the system's temp folder).
   */
  static Path home(String name) throws Exception {
    return Files.createDirectories(Path.of("target", "cassql-home", name).toAbsolutePath());
  }

  /** The usual connection options of the tool: the shared node, the tests' user. */
  static String[] withUrl(String urlSuffix, String... args) {
    List<String> all = new ArrayList<>();
    all.add(args[0]);
    all.addAll(List.of("--url", url(urlSuffix), "--user", USER));
    all.addAll(List.of(args).subList(1, args.length));
    return all.toArray(String[]::new);
  }

  /** The superuser is set up right after the CQL port opens; wait until a login works. */
  private static void awaitSuperuser() throws Exception {
    SQLException last = null;
    for (int i = 0; i < 60; i++) {
      try (Connection c = connect("?queryMode=cql")) {
        return;
      } catch (SQLException e) {
        last = e;
        Thread.sleep(500);
      }
    }
    throw last;
  }
}
