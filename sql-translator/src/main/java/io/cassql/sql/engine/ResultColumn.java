package io.cassql.sql.engine;

import io.cassql.schema.types.CqlKind;

/**
 * One column of a compiled query's result, as JDBC describes it, with the value kind through which
 * the driver's value layer reads it.
 *
 * @param label the column label (alias or name)
 * @param name the name of the table column it comes from unchanged, else the label
 * @param schema keyspace of that column, or "" for computed columns
 * @param table table of that column, or ""
 * @param jdbcType the {@link java.sql.Types} code
 * @param typeName the SQL type name
 * @param precision precision (characters or digits), 0 when not applicable
 * @param scale fractional digits
 * @param displaySize display width
 * @param nullable whether the column can hold NULL
 * @param signed whether numbers are signed
 * @param className the class of {@code getObject}
 * @param kind how the value layer reads values of the column
 */
public record ResultColumn(
    String label,
    String name,
    String schema,
    String table,
    int jdbcType,
    String typeName,
    int precision,
    int scale,
    int displaySize,
    boolean nullable,
    boolean signed,
    String className,
    CqlKind kind) {}
