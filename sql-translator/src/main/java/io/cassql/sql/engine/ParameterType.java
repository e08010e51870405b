package io.cassql.sql.engine;

import io.cassql.schema.types.CqlKind;

/**
 * The type of one {@code ?} of a compiled query, as validation derived it.
 *
 * @param jdbcType the {@link java.sql.Types} code
 * @param typeName the SQL type name
 * @param precision precision
 * @param scale scale
 * @param className the Java class of values of this type
 * @param kind the value kind a bound value is converted to
 */
public record ParameterType(
    int jdbcType, String typeName, int precision, int scale, String className, CqlKind kind) {}
