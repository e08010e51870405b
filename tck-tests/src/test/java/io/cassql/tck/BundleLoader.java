package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

/**
 * A class loader that sees the bundle jar (and optionally a host's jars) and nothing of the test
 * class path, as a tool that loads a JDBC driver jar at run time does; and its driver.
 */
final class BundleLoader implements AutoCloseable {
  private final URLClassLoader loader;
  private final Driver driver;

  private BundleLoader(URLClassLoader loader, Driver driver) {
    this.loader = loader;
    this.driver = driver;
  }

  /** The bundle jar built by the driver module. */
  static Path bundle() {
    Path bundle =
        Path.of(System.getProperty("cassql.bundle.jar", "../driver/target/missing-all.jar"));
    assertTrue(Files.exists(bundle), "run mvn package/verify so that " + bundle + " exists");
    return bundle;
  }

  /** A loader over exactly these jars, in this order, with only the JDK as parent. */
  static BundleLoader over(List<Path> jars) throws IOException {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = jars.get(i).toUri().toURL();
    }
    URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    Driver driver =
        ServiceLoader.load(Driver.class, loader).stream()
            .map(ServiceLoader.Provider::get)
            .filter(d -> d.getClass().getClassLoader() == loader)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no java.sql.Driver service in " + jars));
    assertEquals("io.cassql.jdbc.CasSqlDriver", driver.getClass().getName());
    return new BundleLoader(loader, driver);
  }

  ClassLoader classLoader() {
    return loader;
  }

  Driver driver() {
    return driver;
  }

  /** A connection as the superuser from the bundle's driver. */
  Connection connect(String url) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", CassandraTestSupport.USER);
    p.setProperty("password", CassandraTestSupport.PASSWORD);
    Connection c = driver.connect(url, p);
    assertSame(loader, c.getClass().getClassLoader(), "the connection comes from the bundle");
    return c;
  }

  /**
   * Runs {@code work} with the JDK's loader as the thread's context loader, as in a host whose
   * context loader does not see the driver: the bundle must find its own services and resources.
   */
  static <T> T withForeignContextLoader(Callable<T> work) throws Exception {
    Thread current = Thread.currentThread();
    ClassLoader before = current.getContextClassLoader();
    current.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      return work.call();
    } finally {
      current.setContextClassLoader(before);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
