package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the -all.jar holds: CasSQL's own packages and third-party code relocated under
 * io.cassql.shaded, nothing a host class path could collide with (no class in another package, no
 * native library, no service registration under a third-party name).
 */
class BundleContentsTest {
  /** CasSQL's own packages in the bundle, kept under their names. */
  private static final Pattern OWN = Pattern.compile("io/cassql/(jdbc|sql|relational|schema)/.*");

  /** Non-class files allowed outside io/cassql: the jar's metadata and the Java driver's config. */
  private static final Pattern ALLOWED_RESOURCE =
      Pattern.compile(
          "META-INF/(MANIFEST\\.MF|LICENSE|NOTICE|THIRD-PARTY\\.txt|[A-Za-z]+-LICENSE|[A-Za-z]+-NOTICE|NOTICE_binary\\.txt"
              + "|README\\.txt|services/.*)"
              + "|reference\\.conf"
              // commons-math3 reads these by a fixed path of its own; not a class, not a service
              + "|assets/org/apache/commons/math3/.*");

  @Test
  void should_hold_no_class_outside_cassql_and_its_shaded_packages() throws IOException {
    List<String> stray = new ArrayList<>();
    int own = 0;
    int shaded = 0;
    try (JarFile jar = new JarFile(BundleLoader.bundle().toFile())) {
      for (JarEntry e : jar.stream().toList()) {
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (name.startsWith("io/cassql/shaded/")) {
          shaded += name.endsWith(".class") ? 1 : 0;
        } else if (OWN.matcher(name).matches()) {
          own += name.endsWith(".class") ? 1 : 0;
        } else if (name.endsWith(".class") || !ALLOWED_RESOURCE.matcher(name).matches()) {
          stray.add(name);
        }
        if (name.matches(".*\\.(so|dll|dylib|jnilib|a)$")) {
          stray.add(name + " (native code cannot be relocated)");
        }
      }
    }
    assertEquals(List.of(), stray, "entries outside io/cassql and the allowed resources");
    assertTrue(own > 200, "CasSQL's own classes: " + own);
    assertTrue(shaded > 5000, "relocated third-party classes: " + shaded);
  }

  @Test
  void should_register_only_cassql_and_relocated_services() throws IOException {
    try (JarFile jar = new JarFile(BundleLoader.bundle().toFile())) {
      assertEquals(
          "io.cassql.jdbc.CasSqlDriver", text(jar, "META-INF/services/java.sql.Driver").strip());
      List<String> services =
          jar.stream()
              .map(JarEntry::getName)
              .filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/"))
              .toList();
      for (String service : services) {
        String type = service.substring("META-INF/services/".length());
        assertTrue(
            type.startsWith("java.") || type.startsWith("io.cassql."), "service type " + type);
        for (String impl : text(jar, service).split("\\R")) {
          String cls = impl.strip();
          if (cls.isEmpty() || cls.startsWith("#")) {
            continue;
          }
          assertTrue(cls.startsWith("io.cassql."), service + " names " + cls);
          assertNotNull(jar.getEntry(cls.replace('.', '/') + ".class"), service + ": " + cls);
        }
      }
      assertTrue(
          services.contains(
              "META-INF/services/io.cassql.shaded.org.codehaus.commons.compiler.ICompilerFactory"),
          "Calcite's run-time compiler (Janino) is found under its relocated name: " + services);
    }
  }

  @Test
  void should_carry_no_stale_or_unused_library() throws IOException {
    try (JarFile jar = new JarFile(BundleLoader.bundle().toFile())) {
      for (String gone :
          List.of(
              "io/cassql/shaded/org/apache/commons/lang3/StringUtils.class",
              "io/cassql/shaded/com/google/uzaygezen/core/BitVector.class",
              "io/cassql/shaded/org/apache/hc/client5/http/classic/HttpClient.class",
              "io/cassql/shaded/org/apache/commons/dbcp2/BasicDataSource.class",
              "io/cassql/shaded/jnr/posix/POSIX.class",
              "org/apache/cassandra/service/CassandraDaemon.class")) {
        assertNull(jar.getEntry(gone), gone);
      }
      assertNotNull(
          jar.getEntry("io/cassql/shaded/com/datastax/oss/driver/api/core/CqlSession.class"));
      assertNotNull(jar.getEntry("io/cassql/shaded/org/apache/calcite/tools/Frameworks.class"));
    }
  }

  @Test
  void should_merge_licence_and_notices() throws IOException {
    try (JarFile jar = new JarFile(BundleLoader.bundle().toFile())) {
      assertTrue(text(jar, "META-INF/LICENSE").contains("Apache License"));
      String notice = text(jar, "META-INF/NOTICE");
      for (String part : List.of("CasSQL", "Apache Calcite", "Jackson", "Copyright")) {
        assertTrue(notice.contains(part), "NOTICE names " + part);
      }
      assertFalse(
          notice.contains("The CasSQL authors (http://www.apache.org/)"),
          "CasSQL's own notice names its own site");
      assertNull(jar.getEntry("META-INF/LICENSE.txt"), "one LICENSE, not one per library");
      String thirdParty = text(jar, "META-INF/THIRD-PARTY.txt");
      for (String lib :
          List.of(
              "org.apache.calcite:calcite-core:",
              "io.netty:netty-common:",
              "com.google.guava:guava:",
              "com.google.protobuf:protobuf-java:",
              "org.codehaus.janino:janino:",
              "org.slf4j:slf4j-api:",
              "MIT License",
              "BSD 3-Clause License")) {
        assertTrue(thirdParty.contains(lib), "THIRD-PARTY.txt names " + lib);
      }
    }
  }

  private static String text(JarFile jar, String entry) throws IOException {
    JarEntry e = jar.getJarEntry(entry);
    assertNotNull(e, entry);
    return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }
}
