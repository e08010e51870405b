package io.cassql.tck;

import static io.cassql.tck.BundleLoader.withForeignContextLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundle jar beside a host application's own, newer Guava, Jackson, Netty and commons-lang3,
 * placed before and after them on one class path (as data tools add a driver jar): the host's calls
 * to APIs that exist only in its newer versions link, and the driver answers SQL and CQL queries.
 */
class BundleCoexistenceIT extends CassandraTestSupport {
  private static List<Path> hostJars;

  @BeforeAll
  static void findHostJars() throws Exception {
    Path dir = Path.of(System.getProperty("cassql.host.libs", "target/host-libs"));
    try (Stream<Path> files = Files.list(dir)) {
      hostJars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    }
    assertEquals(8, hostJars.size(), "the host libraries copied by the build: " + hostJars);
    SeedData.load();
  }

  @ParameterizedTest(name = "bundle {0} the host''s jars")
  @ValueSource(strings = {"before", "after"})
  void should_leave_the_host_its_own_libraries_and_still_answer(String place) throws Exception {
    List<Path> classPath = new ArrayList<>(hostJars);
    classPath.add(place.equals("before") ? 0 : classPath.size(), BundleLoader.bundle());
    try (BundleLoader host = BundleLoader.over(classPath)) {
      ClassLoader cl = host.classLoader();
      // Guava 33.5+: IntMath.saturatedAbs
      assertEquals(
          Integer.MAX_VALUE,
          call(cl, "com.google.common.math.IntMath", "saturatedAbs", int.class, Integer.MIN_VALUE));
      // commons-lang3 3.5+ (the bundle used to carry 3.1): StringUtils.truncate
      assertEquals(
          "abc",
          call(
              cl,
              "org.apache.commons.lang3.StringUtils",
              "truncate",
              String.class,
              int.class,
              "abcdef",
              3));
      // Jackson 2.19+: JsonNode.optional(String)
      Object mapper =
          cl.loadClass("com.fasterxml.jackson.databind.ObjectMapper")
              .getConstructor()
              .newInstance();
      Object tree =
          mapper.getClass().getMethod("readTree", String.class).invoke(mapper, "{\"a\":[1,2]}");
      Object a = tree.getClass().getMethod("optional", String.class).invoke(tree, "a");
      assertEquals("[1,2]", ((Optional<?>) a).orElseThrow().toString());
      // Netty 4.2: StringUtil.className(Object), and a buffer of the host's own allocator
      assertEquals(
          "java.lang.String",
          call(cl, "io.netty.util.internal.StringUtil", "className", Object.class, "x"));
      Object buf =
          call(
              cl,
              "io.netty.buffer.Unpooled",
              "copiedBuffer",
              CharSequence.class,
              java.nio.charset.Charset.class,
              "héllo",
              StandardCharsets.UTF_8);
      assertEquals(6, buf.getClass().getMethod("readableBytes").invoke(buf));
      for (String hostClass :
          List.of(
              "com.google.common.math.IntMath",
              "org.apache.commons.lang3.StringUtils",
              "com.fasterxml.jackson.databind.ObjectMapper",
              "io.netty.buffer.Unpooled")) {
        String from =
            cl.loadClass(hostClass).getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(!from.endsWith("-all.jar"), hostClass + " comes from the host's jar: " + from);
      }

      List<String> answers =
          withForeignContextLoader(
              () -> {
                List<String> out = new ArrayList<>();
                for (String mode : List.of("sql", "cql")) {
                  try (Connection c = host.connect(url("/mykeyspace?queryMode=" + mode));
                      Statement s = c.createStatement();
                      ResultSet rs =
                          s.executeQuery(
                              "SELECT \"Value\" FROM \"ExampleTable\" WHERE pk_int = 3")) {
                    assertTrue(rs.next(), mode);
                    out.add(mode + ":" + rs.getString(1));
                  }
                }
                try (Connection c = host.connect(url("/mykeyspace?queryMode=sql"));
                    Statement s = c.createStatement();
                    ResultSet rs =
                        s.executeQuery(
                            "SELECT COUNT(*), MAX(l.\"List_value\") FROM \"ExampleTable\" t"
                                + " JOIN \"ExampleTable_vt_List\" l ON l.pk_int = t.pk_int")) {
                  assertTrue(rs.next());
                  out.add("join:" + rs.getLong(1) + "/" + rs.getString(2));
                }
                return out;
              });
      assertEquals(List.of("sql:sample value 3", "cql:sample value 3", "join:7/3"), answers, place);
    }
  }

  private static Object call(ClassLoader cl, String cls, String method, Class<?> p, Object arg)
      throws Exception {
    Method m = cl.loadClass(cls).getMethod(method, p);
    return m.invoke(null, arg);
  }

  private static Object call(
      ClassLoader cl, String cls, String method, Class<?> p1, Class<?> p2, Object a1, Object a2)
      throws Exception {
    Method m = cl.loadClass(cls).getMethod(method, p1, p2);
    return m.invoke(null, a1, a2);
  }
}
