/** SQL mode: SQL-92 over Cassandra, planned by Apache Calcite with CQL pushdown. */
package io.cassql.sql;
