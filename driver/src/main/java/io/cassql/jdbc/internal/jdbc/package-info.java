/** Shared JDBC building blocks: read-only forward-only result sets and value conversions. */
package io.cassql.jdbc.internal.jdbc;
