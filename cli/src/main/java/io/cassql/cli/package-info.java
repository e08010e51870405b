/**
 * The command-line entry points: the {@code cassql} tool ({@link io.cassql.cli.Cassql}) and the
 * embedded demo.
 */
package io.cassql.cli;
