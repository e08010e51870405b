/**
 * The value layer shared by both modes: JDBC getters and their conversions over the Cassandra
 * driver's values.
 */
package io.cassql.jdbc.internal.value;
