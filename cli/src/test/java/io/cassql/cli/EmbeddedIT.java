package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --embedded}: a node that another cassql process runs (recorded in {@code
 * $CASSQL_HOME/embedded/node.properties}) is reused, and the sample data loaded into it; a stale
 * record leads to a fresh node, which stops with the command.
 */
class EmbeddedIT extends CliTestSupport {

  @Test
  void should_reuse_the_running_embedded_node_with_the_sample_data() throws Exception {
    Path home = home("reuse");
    Files.createDirectories(home.resolve("embedded"));
    Files.writeString(
        home.resolve("embedded/node.properties"),
        "hostPort=" + node.host() + "\\:" + node.nativePort() + "\n",
        StandardCharsets.UTF_8);
    Path script = home.resolve("script.sql");
    Files.writeString(
        script,
        String.join(
            "\n",
            "SELECT COUNT(*) AS readings FROM sensors.readings;",
            "SELECT site, COUNT(*) AS sensors FROM sensors.sensor GROUP BY site ORDER BY site;",
            "!quit",
            ""),
        StandardCharsets.UTF_8);
    Run run =
        cassql(
            Map.of("CASSQL_HOME", home.toString()),
            null,
            List.of(),
            "shell",
            "--embedded",
            "--run",
            script.toString(),
            "--",
            "--outputFormat=csv",
            "--silent=true");
    assertEquals(0, run.exit(), run.all());
    assertTrue(
        run.out().contains("'READINGS'\n'288'") || run.out().contains("'readings'\n'288'"),
        run.all());
    assertTrue(run.out().contains("'east','2'\n'north','2'\n'south','2'"), run.all());
    assertFalse(run.err().contains("Starting the embedded"), "reused, not started: " + run.all());
    assertTrue(
        Files.exists(home.resolve("embedded/node.properties")), "another process's record is kept");
  }

  @Test
  void should_start_a_node_when_none_runs_and_stop_it_with_the_command() throws Exception {
    Path home = home("start");
    io.cassql.embedded.internal.DirectoryCleaner.delete(home.resolve("embedded"));
    Files.createDirectories(home.resolve("embedded"));
    Files.writeString(
        home.resolve("embedded/node.properties"),
        "hostPort=127.0.0.1\\:1\n",
        StandardCharsets.UTF_8);
    Run run =
        cassql(
            Map.of("CASSQL_HOME", home.toString()),
            null,
            List.of(),
            "query",
            "--embedded",
            "--format",
            "csv",
            "SELECT site, COUNT(*) AS n FROM sensors.sensor GROUP BY site ORDER BY site");
    assertEquals(0, run.exit(), run.all());
    assertTrue(run.err().contains("Starting the embedded Cassandra node"), run.all());
    assertEquals("site,n\r\neast,2\r\nnorth,2\r\nsouth,2\r\n", run.out(), run.all());
    assertFalse(
        Files.exists(home.resolve("embedded/node.properties")), "the record goes with the node");
    assertTrue(
        Files.isDirectory(home.resolve("embedded/node/data")), "data kept for the next start");
  }
}
