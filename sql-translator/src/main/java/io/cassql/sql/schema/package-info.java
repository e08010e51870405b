/** Calcite schemas and tables over the Cassandra driver metadata. */
package io.cassql.sql.schema;
