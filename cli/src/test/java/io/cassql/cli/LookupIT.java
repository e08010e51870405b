package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code cassql lookup}: the first row, or all rows up to a bound, as one line of JSON. */
class LookupIT extends CliTestSupport {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_print_the_first_row_as_a_json_object() throws Exception {
    Run run =
        cassql(
            withUrl(
                "/mykeyspace?queryMode=cql",
                "lookup",
                "--query",
                "SELECT * FROM \"ExampleTable\" WHERE pk_int = 3"));
    assertEquals(0, run.exit(), run.all());
    assertEquals(1, run.out().lines().count(), run.all());
    assertEquals(
        JSON.readTree(
            "{\"pk_int\":3,\"List\":[\"100\",\"101\",\"102\",\"105\"],\"Map\":{\"S1\":\"t\"},"
                + "\"StringSet\":[\"A\",\"E\"],\"Value\":\"sample value 3\"}"),
        JSON.readTree(run.out()),
        run.all());
  }

  @Test
  void should_print_null_when_there_is_no_row() throws Exception {
    Run run =
        cassql(
            withUrl(
                "/mykeyspace?queryMode=sql",
                "lookup",
                "--query",
                "SELECT * FROM exampletable WHERE pk_int = 42"));
    assertEquals(0, run.exit(), run.all());
    assertEquals("null", run.out().strip(), run.all());
  }

  @Test
  void should_print_all_rows_up_to_the_limit() throws Exception {
    String query =
        "SELECT pk_int, \"List_value\" FROM \"ExampleTable_vt_List\" ORDER BY pk_int, \"List_index\"";
    Run all = cassql(withUrl("/mykeyspace?queryMode=sql", "lookup", "--all", "--query", query));
    assertEquals(0, all.exit(), all.all());
    assertEquals(
        JSON.readTree(
            "[{\"pk_int\":1,\"List_value\":\"1\"},{\"pk_int\":1,\"List_value\":\"2\"},"
                + "{\"pk_int\":1,\"List_value\":\"3\"},{\"pk_int\":3,\"List_value\":\"100\"},"
                + "{\"pk_int\":3,\"List_value\":\"101\"},{\"pk_int\":3,\"List_value\":\"102\"},"
                + "{\"pk_int\":3,\"List_value\":\"105\"}]"),
        JSON.readTree(all.out()),
        all.all());

    Run bounded =
        cassql(
            withUrl(
                "/mykeyspace?queryMode=sql", "lookup", "--all", "--limit", "2", "--query", query));
    assertEquals(0, bounded.exit(), bounded.all());
    assertEquals(
        JSON.readTree("[{\"pk_int\":1,\"List_value\":\"1\"},{\"pk_int\":1,\"List_value\":\"2\"}]"),
        JSON.readTree(bounded.out()),
        bounded.all());
    assertTrue(bounded.err().contains("more than 2 rows"), bounded.all());
  }
}
