/** SQL mode (SQL-92 over Cassandra with CQL pushdown); built by the SQL-mode issue, empty for now. */
package io.cassql.sql;
