package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code cassql query} in a separate JVM: table, CSV and JSON output, errors, exit codes,
 * passwords.
 */
class QueryIT extends CliTestSupport {

  @Test
  void should_print_rows_as_a_table() throws Exception {
    Run run =
        cassql(
            withUrl(
                "/mykeyspace?queryMode=sql",
                "query",
                "SELECT pk_int, \"Value\" FROM exampletable ORDER BY pk_int"));
    assertEquals(0, run.exit(), run.all());
    assertEquals(
        List.of(
            "pk_int | Value",
            "-------+---------------",
            "1      | sample value 1",
            "3      | sample value 3",
            "(2 rows)"),
        run.out().lines().toList(),
        run.all());
  }

  @Test
  void should_print_rows_as_csv_with_collections_as_json_in_cql_mode() throws Exception {
    Run run =
        cassql(
            withUrl(
                "/mykeyspace?queryMode=cql",
                "query",
                "--format",
                "csv",
                "SELECT pk_int, \"Value\", \"List\", \"Map\" FROM \"ExampleTable\" WHERE pk_int = 3"));
    assertEquals(0, run.exit(), run.all());
    assertEquals(
        "pk_int,Value,List,Map\r\n3,sample value 3,\"[\"\"100\"\",\"\"101\"\",\"\"102\"\",\"\"105\"\"]\","
            + "\"{\"\"S1\"\":\"\"t\"\"}\"\r\n",
        run.out(),
        run.all());
  }

  @Test
  void should_print_rows_as_a_json_array() throws Exception {
    Run run =
        cassql(
            withUrl(
                "/mykeyspace?queryMode=cql",
                "query",
                "-f",
                "json",
                "SELECT pk_int, \"StringSet\", \"Map\" FROM \"ExampleTable\" WHERE pk_int IN (1, 3)"));
    assertEquals(0, run.exit(), run.all());
    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertEquals(
        new ObjectMapper()
            .readTree(
                "[{\"pk_int\":1,\"StringSet\":[\"A\",\"B\",\"C\"],"
                    + "\"Map\":{\"S1\":\"a\",\"S2\":\"b\"}},{\"pk_int\":3,\"StringSet\":[\"A\",\"E\"],\"Map\":{\"S1\":\"t\"}}]"),
        rows,
        run.all());
  }

  @Test
  void should_report_the_sqlstate_and_no_stack_trace_on_failure() throws Exception {
    Run run = cassql(withUrl("/mykeyspace?queryMode=sql", "query", "SELECT * FROM no_such_table"));
    assertEquals(1, run.exit(), run.all());
    assertTrue(run.err().startsWith("cassql: SQLSTATE 42S02: "), run.all());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.all());
    Run verbose =
        cassql(
            withUrl(
                "/mykeyspace?queryMode=sql", "query", "--verbose", "SELECT * FROM no_such_table"));
    assertEquals(1, verbose.exit(), verbose.all());
    assertTrue(
        verbose.err().contains("\tat "), "--verbose shows the stack trace: " + verbose.all());
  }

  @Test
  void should_exit_with_2_on_usage_errors() throws Exception {
    assertEquals(2, cassql("query", "--url", url("")).exit(), "missing statement");
    assertEquals(2, cassql("query", "SELECT 1").exit(), "neither --url nor --embedded");
    assertEquals(
        2, cassql("query", "--url", url(""), "--format", "xml", "SELECT 1").exit(), "bad format");
    assertEquals(2, cassql("frobnicate").exit(), "unknown command");
    Run noCommand = cassql();
    assertEquals(2, noCommand.exit(), noCommand.all());
  }

  @Test
  void should_read_the_password_from_stdin_and_never_print_it() throws Exception {
    Map<String, String> noEnv = new HashMap<>();
    noEnv.put(PASSWORD_ENV, null);
    Run ok =
        cassql(
            noEnv,
            PASSWORD + "\n",
            List.of(),
            withUrl(
                "?queryMode=cql",
                "query",
                "--password-stdin",
                "SELECT pk_int FROM mykeyspace.\"ExampleTable\" WHERE pk_int = 1"));
    assertEquals(0, ok.exit(), ok.all());
    assertTrue(ok.out().contains("(1 row)"), ok.all());

    Run wrong =
        cassql(
            Map.of(PASSWORD_ENV, "not-" + PASSWORD),
            null,
            List.of(),
            withUrl("?queryMode=cql", "query", "SELECT pk_int FROM mykeyspace.\"ExampleTable\""));
    assertEquals(1, wrong.exit(), wrong.all());
    assertTrue(wrong.err().contains("SQLSTATE 28000"), wrong.all());
    assertFalse(wrong.all().contains(PASSWORD), "no password in the output: " + wrong.all());
  }
}
