/**
 * SQL mode in the driver: the Calcite connection of a JDBC connection, its statements and the
 * routing of auto mode.
 */
package io.cassql.jdbc.internal.sql;
