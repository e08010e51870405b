/**
 * The picocli commands of {@code cassql}: shell, query, copy and lookup, and their shared options.
 */
package io.cassql.cli.internal.command;
