package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The self-contained -all.jar works on its own, in a class loader that sees nothing else. */
class BundleJarIT extends CassandraTestSupport {
  private static Path bundle;

  @BeforeAll
  static void findBundle() throws Exception {
    bundle = Path.of(System.getProperty("cassql.bundle.jar", "../driver/target/missing-all.jar"));
    assertTrue(Files.exists(bundle), "run mvn package/verify so that " + bundle + " exists");
    SeedData.load();
  }

  @Test
  void should_connect_and_query_through_the_bundle_in_an_isolated_class_loader() throws Exception {
    ClassLoader platform = ClassLoader.getPlatformClassLoader();
    try (URLClassLoader isolated =
        new URLClassLoader(new URL[] {bundle.toUri().toURL()}, platform)) {
      Driver driver =
          ServiceLoader.load(Driver.class, isolated).stream()
              .map(ServiceLoader.Provider::get)
              .filter(d -> d.getClass().getClassLoader() == isolated)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no java.sql.Driver service in the bundle"));
      assertEquals("io.cassql.jdbc.CasSqlDriver", driver.getClass().getName());
      assertTrue(driver.getPropertyInfo(url(""), new Properties()).length > 10);
      Properties p = new Properties();
      p.setProperty("user", USER);
      p.setProperty("password", PASSWORD);
      Thread current = Thread.currentThread();
      ClassLoader before = current.getContextClassLoader();
      current.setContextClassLoader(platform);
      try (Connection c = driver.connect(url("/mykeyspace?queryMode=cql"), p);
          ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT \"List\" FROM \"ExampleTable\" WHERE pk_int = 1")) {
        assertTrue(rs.next());
        assertEquals("[\"1\",\"2\",\"3\"]", rs.getString(1));
        assertTrue(
            c.getClass().getClassLoader() == isolated, "the connection comes from the bundle");
      } finally {
        current.setContextClassLoader(before);
      }
    }
  }

  @Test
  void should_not_contain_the_cassandra_server() throws Exception {
    try (JarFile jar = new JarFile(bundle.toFile())) {
      assertNull(jar.getEntry("org/apache/cassandra/service/CassandraDaemon.class"));
      assertNotNull(jar.getEntry("com/datastax/oss/driver/api/core/CqlSession.class"));
      assertNotNull(jar.getEntry("META-INF/services/java.sql.Driver"));
      assertNotNull(jar.getEntry("reference.conf"));
      String services =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver")).readAllBytes());
      assertTrue(services.contains("io.cassql.jdbc.CasSqlDriver"), services);
    }
    assertFalse(
        System.getProperty("java.class.path").contains("cassandra-all"),
        "cassandra-all is not on the test class path either: the node runs in its own JVM");
  }
}
