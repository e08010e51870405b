/**
 * The public surface of CasSQL: the JDBC driver, its connection interface, the connection
 * properties and the SQLSTATE codes. Everything else lives under {@code internal} and may change.
 */
package io.cassql.jdbc;
