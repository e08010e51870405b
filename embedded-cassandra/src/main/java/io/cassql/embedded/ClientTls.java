package io.cassql.embedded;

/** How a node's CQL port treats TLS. */
public enum ClientTls {
  /** Plain connections only. */
  OFF,
  /** TLS and plain connections both accepted. */
  OPTIONAL,
  /** TLS only. */
  REQUIRED,
  /** TLS only, and the client must present a certificate the node trusts. */
  MUTUAL
}
