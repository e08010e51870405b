package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQLLine, a JDBC client no one here wrote, runs a script against CasSQL in its own JVM with only
 * SQLLine and the driver's -all.jar on the class path.
 */
class SqlLineIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    SeedData.load();
  }

  @Test
  void should_browse_and_query_through_sqlline_and_the_bundle_jar() throws Exception {
    String sqllineClasspath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> e.contains("sqlline") || e.contains("jline"))
            .collect(Collectors.joining(File.pathSeparator));
    String bundle = System.getProperty("cassql.bundle.jar");
    Path script = Files.createTempFile("cassql-sqlline", ".sql");
    Files.writeString(
        script,
        String.join(
            "\n",
            "!tables",
            "!columns ExampleTable_vt_Map",
            "!primarykeys ExampleTable",
            "!importedkeys ExampleTable_vt_List",
            "SELECT \"List_value\" FROM mykeyspace.\"ExampleTable_vt_List\" WHERE pk_int = 3 ORDER BY \"List_index\";",
            "SELECT b.pk_int, COUNT(*) AS n FROM mykeyspace.exampletable b JOIN mykeyspace.exampletable_vt_stringset s ON b.pk_int = s.pk_int GROUP BY b.pk_int;",
            "!quit",
            ""),
        StandardCharsets.UTF_8);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                sqllineClasspath + File.pathSeparator + bundle,
                "sqlline.SqlLine",
                "-d",
                "io.cassql.jdbc.CasSqlDriver",
                "-u",
                url("/mykeyspace?queryMode=sql"),
                "-n",
                USER,
                "-p",
                PASSWORD,
                "--run=" + script,
                "--outputFormat=csv",
                "--silent=true"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "sqlline finished");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("'ExampleTable_vt_StringSet'"), out);
    assertTrue(out.contains("'Map_key'") && out.contains("'Map_value'"), out);
    assertTrue(out.contains("'ExampleTable_pkey'"), out);
    assertTrue(out.contains("'ExampleTable_vt_List_fk'"), out);
    assertTrue(out.contains("'100'\n'101'\n'102'\n'105'"), out);
    assertTrue(out.contains("'1','3'") && out.contains("'3','2'"), out);
    assertFalse(out.toLowerCase().contains("exception"), out);
    assertFalse(out.contains(PASSWORD + "'"), "no password in the output");
  }
}
