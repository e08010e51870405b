/**
 * The relational model of a Cassandra cluster, defined once for both consumers: keyspaces, their
 * base, virtual, view and system tables, columns with their JDBC types per mode, primary keys and
 * the virtual tables' foreign keys. {@code DatabaseMetaData} turns it into result sets and the
 * Calcite schema into row types. Pure code over the Java driver's schema metadata: no planner, no
 * {@code java.sql}.
 */
package io.cassql.relational;
