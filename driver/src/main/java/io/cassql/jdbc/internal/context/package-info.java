/**
 * What statements, result sets and metadata need of their connection, without depending on its
 * implementation.
 */
package io.cassql.jdbc.internal.context;
