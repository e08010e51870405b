/** Parsing of JDBC URLs and typed access to connection properties. */
package io.cassql.jdbc.internal.config;
