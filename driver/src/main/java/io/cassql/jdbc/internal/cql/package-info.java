/** CQL mode: statements, prepared statements and result sets over the Cassandra driver. */
package io.cassql.jdbc.internal.cql;
