package io.cassql.jdbc.internal.config;

/** How a connection authenticates. */
public enum AuthenticationType {
  /** User name and password (PasswordAuthenticator). */
  BASIC,
  /** No credentials. */
  ANONYMOUS
}
