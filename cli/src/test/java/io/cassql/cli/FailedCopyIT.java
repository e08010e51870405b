package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy that fails part-way exits with 1, says how many rows it read and that nothing was written,
 * and leaves the destination as it was: no partial file, the JDBC table unchanged.
 */
class FailedCopyIT extends CliTestSupport {
  private static final int ROWS = 5000;

  /**
   * Fails with 22012 (division by zero) at the row whose id is 4321, wherever the scan meets it.
   */
  private static final String FAILING_QUERY =
      "SELECT id, 10 / (id - 4321) AS x FROM cli_fail.items";

  private static final Pattern FAILED = Pattern.compile("copy failed after (\\d+) rows read");

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    cql(
        "CREATE KEYSPACE IF NOT EXISTS cli_fail WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
        "CREATE TABLE IF NOT EXISTS cli_fail.items (id int PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS cli_fail.ordered (p int, c int, PRIMARY KEY (p, c))");
    try (Connection c = connect("?queryMode=cql");
        PreparedStatement items = c.prepareStatement("INSERT INTO cli_fail.items (id) VALUES (?)");
        PreparedStatement ordered =
            c.prepareStatement("INSERT INTO cli_fail.ordered (p, c) VALUES (0, ?)")) {
      for (int i = 0; i < ROWS; i++) {
        items.setInt(1, i);
        items.addBatch();
        ordered.setInt(1, i);
        ordered.addBatch();
      }
      items.executeBatch();
      ordered.executeBatch();
    }
  }

  @Test
  void should_leave_no_partial_file_when_the_source_fails() throws Exception {
    Path csv = dir.resolve("items.csv");
    Run run =
        cassql(withUrl("?queryMode=sql", "copy", "--query", FAILING_QUERY, "--to", csv.toString()));
    assertFailedWithNothingWritten(run, "22012");
    assertEquals(List.of(), files(), "no file, no temporary file");

    Path jsonl = dir.resolve("items.jsonl");
    Files.writeString(jsonl, "{\"earlier\":true}\n", StandardCharsets.UTF_8);
    run =
        cassql(
            withUrl("?queryMode=sql", "copy", "--query", FAILING_QUERY, "--to", jsonl.toString()));
    assertFailedWithNothingWritten(run, "22012");
    assertEquals(
        "{\"earlier\":true}\n",
        Files.readString(jsonl, StandardCharsets.UTF_8),
        "the old file is intact");
    assertEquals(List.of(jsonl), files(), "no temporary file left");
  }

  @Test
  void should_leave_the_jdbc_table_as_it_was_when_a_batch_fails_part_way() throws Exception {
    String h2 = "jdbc:h2:" + dir.resolve("target");
    try (Connection c = DriverManager.getConnection(h2, "", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE \"ordered\" (\"p\" INTEGER, \"c\" INTEGER CHECK (\"c\" < 4000))");
      s.execute("INSERT INTO \"ordered\" VALUES (7, -1), (7, -2), (7, -3)");
    }
    Run run =
        cassql(
            withUrl(
                "?queryMode=cql",
                "copy",
                "--table",
                "cli_fail.ordered",
                "--to",
                h2,
                "--mode",
                "truncate",
                "--batch-size",
                "100"));
    long read = assertFailedWithNothingWritten(run, "23513");
    assertTrue(read >= 4000, "40 batches went in before the failing one: " + run.all());
    try (Connection c = DriverManager.getConnection(h2, "", "")) {
      assertEquals(
          List.of(List.of("7", "-1"), List.of("7", "-2"), List.of("7", "-3")),
          CopyIT.rows(c, "SELECT * FROM \"ordered\" ORDER BY 2 DESC"),
          "the old rows, and only them");
    }
  }

  @Test
  void should_drop_the_table_it_created_when_the_copy_fails() throws Exception {
    String h2 = "jdbc:h2:" + dir.resolve("created");
    Run run =
        cassql(
            withUrl(
                "?queryMode=sql",
                "copy",
                "--query",
                FAILING_QUERY,
                "--to",
                h2,
                "--create",
                "--target-table",
                "fresh",
                "--batch-size",
                "10"));
    assertFailedWithNothingWritten(run, "22012");
    try (Connection c = DriverManager.getConnection(h2, "", "")) {
      assertEquals(
          List.of(List.of("0")),
          CopyIT.rows(
              c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'fresh'"));
    }
  }

  /** Asserts exit 1, the SQLSTATE, the rows read and "0 rows written"; returns the rows read. */
  private static long assertFailedWithNothingWritten(Run run, String sqlState) {
    assertEquals(1, run.exit(), run.all());
    assertTrue(run.err().contains("SQLSTATE " + sqlState), run.all());
    Matcher m = FAILED.matcher(run.err());
    assertTrue(m.find(), run.all());
    assertTrue(
        run.err().contains("0 rows written;") && run.err().contains("was left as it was"),
        run.all());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.all());
    assertEquals("", run.out(), run.all());
    return Long.parseLong(m.group(1));
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().endsWith(".mv.db")).sorted().toList();
    }
  }
}
