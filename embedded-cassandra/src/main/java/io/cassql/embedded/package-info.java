/** Starts and stops real Apache Cassandra nodes as child JVMs, for tests and demos. */
package io.cassql.embedded;
