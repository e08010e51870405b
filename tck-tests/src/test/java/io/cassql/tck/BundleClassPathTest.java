package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.jdbc.CasSqlDriver;
import java.sql.Driver;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The surefire execution "through-bundle" really runs its suites against the -all.jar: the driver
 * classes come from it, its third-party code is the relocated copy, and the plain libraries on the
 * same class path (the Java driver, Jackson, Guava the tests themselves use) stay separate.
 */
@EnabledIfSystemProperty(named = "cassql.through.bundle", matches = "true")
class BundleClassPathTest {
  @Test
  void should_load_the_driver_from_the_bundle_jar() throws Exception {
    String from = CasSqlDriver.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(from.endsWith("-all.jar"), "io.cassql.jdbc comes from " + from);
    for (String own :
        List.of("io.cassql.sql.engine.SqlEngine", "io.cassql.relational.RelationalModel")) {
      String jar = Class.forName(own).getProtectionDomain().getCodeSource().getLocation().getPath();
      assertTrue(jar.endsWith("-all.jar"), own + " comes from " + jar);
    }
    Class<?> relocated =
        Class.forName("io.cassql.shaded.com.datastax.oss.driver.api.core.CqlSession");
    Class<?> plain = Class.forName("com.datastax.oss.driver.api.core.CqlSession");
    assertTrue(relocated != plain);
    Driver driver = DriverManager.getDriver("jdbc:cassandra://127.0.0.1:9042");
    assertEquals(CasSqlDriver.class, driver.getClass());
  }
}
