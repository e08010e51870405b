/** Lossless mapping of CQL types to JDBC types and of collection values to JSON text. */
package io.cassql.schema.types;
