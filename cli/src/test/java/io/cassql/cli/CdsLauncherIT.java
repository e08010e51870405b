package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher {@code bin/cassql} and its class-data-sharing archive: written by the first run,
 * mapped by the next, ignored when corrupt or switched off; the query answers every time. (How much
 * faster it starts is measured by the bench, not here.)
 */
class CdsLauncherIT extends CliTestSupport {
  private static final String CSV = "pk_int,Value\r\n3,sample value 3\r\n";

  private record Launch(int exit, String out, String err) {
    String all() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** Runs {@code bin/cassql query ...} with the tests' jar, {@code cache} and extra environment. */
  private static Launch launch(Path cache, Map<String, String> env, String mode) throws Exception {
    Path launcher = Path.of("bin", "cassql").toAbsolutePath();
    String jar = System.getProperty("cassql.cli.jar");
    assertTrue(jar != null && new File(jar).isFile(), "the runnable jar is built: " + jar);
    List<String> cmd = new ArrayList<>();
    cmd.add(launcher.toString());
    cmd.addAll(
        List.of(
            withUrl(
                "/mykeyspace?queryMode=" + mode,
                "query",
                "--format",
                "csv",
                "SELECT pk_int, \"Value\" FROM " + table(mode) + " WHERE pk_int = 3")));
    Path out = Files.createTempFile(home("runs"), "out", ".txt");
    Path err = Files.createTempFile(home("runs"), "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> e = new HashMap<>(env);
    e.put("CASSQL_JAR", jar);
    e.put("CASSQL_CACHE_DIR", cache.toString());
    e.put("CASSQL_PASSWORD", PASSWORD);
    e.put("CASSQL_HOME", home("cds").toString());
    e.put("JAVA_HOME", System.getProperty("java.home"));
    e.putIfAbsent("CASSQL_JAVA_OPTS", "-Xmx512m");
    pb.environment().remove("CASSQL_USER");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().putAll(e);
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("bin/cassql did not finish");
    }
    Launch l =
        new Launch(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return l;
  }

  private static String table(String mode) {
    return mode.equals("cql") ? "\"ExampleTable\"" : "exampletable";
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static Path freshCache(String name) throws Exception {
    Path cache = home("cds-cache-" + name);
    for (Path f : files(cache)) {
      Files.delete(f);
    }
    return cache;
  }

  @Test
  void the_first_run_writes_the_archive_and_the_second_maps_it() throws Exception {
    Path cache = freshCache("reuse");
    Launch first = launch(cache, Map.of(), "sql");
    assertEquals(0, first.exit(), first.all());
    assertEquals(CSV, first.out(), first.all());
    List<Path> written = files(cache);
    assertEquals(1, written.size(), written.toString());
    Path archive = written.get(0);
    assertTrue(archive.getFileName().toString().endsWith(".jsa"), archive.toString());
    assertTrue(Files.size(archive) > 0);
    long modified = Files.getLastModifiedTime(archive).toMillis();

    // JAVA_TOOL_OPTIONS is not part of the archive's key: the class-loading log shows where the
    // tool's own classes came from
    Path classLog = home("cds").resolve("class-load.log");
    Files.deleteIfExists(classLog);
    Launch second =
        launch(cache, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog), "sql");
    assertEquals(0, second.exit(), second.all());
    assertEquals(CSV, second.out(), second.all());
    assertEquals(List.of(archive), files(cache), "no second archive");
    assertEquals(modified, Files.getLastModifiedTime(archive).toMillis(), "archive not rewritten");
    String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
    assertTrue(
        loaded
            .lines()
            .anyMatch(
                l ->
                    l.contains("io.cassql.cli.Cassql ") && l.contains("shared objects file (top)")),
        "the tool's main class came from the dynamic archive");
  }

  @Test
  void a_corrupt_archive_only_means_a_run_without_it() throws Exception {
    Path cache = freshCache("corrupt");
    Launch first = launch(cache, Map.of(), "cql");
    assertEquals(0, first.exit(), first.all());
    Path archive = files(cache).get(0);
    byte[] garbage = new byte[4096];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (i * 31);
    }
    Files.write(archive, garbage);
    Launch second = launch(cache, Map.of(), "cql");
    assertEquals(0, second.exit(), second.all());
    // the answer, and nothing about the archive on standard output
    assertEquals(CSV, second.out(), second.all());
  }

  @Test
  void cds_off_writes_no_archive() throws Exception {
    Path cache = freshCache("off");
    Launch run = launch(cache, Map.of("CASSQL_CDS", "off"), "sql");
    assertEquals(0, run.exit(), run.all());
    assertEquals(CSV, run.out(), run.all());
    assertFalse(files(cache).stream().anyMatch(f -> f.toString().endsWith(".jsa")));
  }
}
