package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code cassql shell}: SQLLine on the driver, driven by a script file and by standard input. */
class ShellIT extends CliTestSupport {

  @Test
  void should_run_a_script_of_commands_and_queries() throws Exception {
    Path script = home("shell").resolve("script.sql");
    Files.writeString(
        script,
        String.join(
            "\n",
            "!tables",
            "!columns ExampleTable_vt_Map",
            "SELECT \"List_value\" FROM mykeyspace.\"ExampleTable_vt_List\" WHERE pk_int = 3 ORDER BY \"List_index\";",
            "SELECT COUNT(*) AS n FROM mykeyspace.exampletable_vt_stringset;",
            "!quit",
            ""),
        StandardCharsets.UTF_8);
    Map<String, String> noEnv = new HashMap<>();
    noEnv.put(PASSWORD_ENV, null);
    Run run =
        cassql(
            noEnv,
            PASSWORD + "\n",
            List.of(),
            withUrl(
                "/mykeyspace?queryMode=sql",
                "shell",
                "--password-stdin",
                "--run",
                script.toString(),
                "--",
                "--outputFormat=csv",
                "--silent=true"));
    assertEquals(0, run.exit(), run.all());
    String out = run.out();
    assertTrue(out.contains("'mykeyspace','ExampleTable_vt_StringSet','TABLE'"), run.all());
    assertTrue(out.contains("'Map_key'") && out.contains("'Map_value'"), run.all());
    assertTrue(out.contains("'List_value'\n'100'\n'101'\n'102'\n'105'"), run.all());
    assertTrue(out.contains("'N'\n'5'") || out.contains("'n'\n'5'"), run.all());
    assertFalse(run.all().contains(PASSWORD), "no password in the output");
    Files.delete(script);
  }

  @Test
  void should_read_statements_from_standard_input_in_cql_mode() throws Exception {
    Run run =
        cassql(
            Map.of(PASSWORD_ENV, PASSWORD),
            String.join(
                "\n",
                "SELECT \"Value\" FROM mykeyspace.\"ExampleTable\" WHERE pk_int = 1;",
                "!quit",
                ""),
            List.of(),
            withUrl("", "shell", "--query-mode", "cql", "--", "--outputFormat=csv"));
    assertEquals(0, run.exit(), run.all());
    assertTrue(run.out().contains("'Value'\n'sample value 1'"), run.all());
  }
}
