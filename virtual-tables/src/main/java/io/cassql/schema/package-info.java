/** The relational view of a Cassandra schema, shared by CQL mode and SQL mode. */
package io.cassql.schema;
