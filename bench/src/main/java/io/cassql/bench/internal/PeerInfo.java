package io.cassql.bench.internal;

/** The version of cassandra-jdbc-wrapper on the class path, for the report. */
public final class PeerInfo {
  private PeerInfo() {}

  /** The jar's implementation version, or the version of the jar file name. */
  public static String version() {
    Package p = com.ing.data.cassandra.jdbc.CassandraDriver.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    if (v != null) {
      return v;
    }
    String jar =
        com.ing.data.cassandra.jdbc.CassandraDriver.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .getPath();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("cassandra-jdbc-wrapper-([^/]+)\\.jar").matcher(jar);
    return m.find() ? m.group(1) : "?";
  }
}
