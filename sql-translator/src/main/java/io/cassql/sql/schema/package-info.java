/**
 * Calcite schemas and tables built from the SQL-mode relational model ({@code
 * io.cassql.relational}).
 */
package io.cassql.sql.schema;
