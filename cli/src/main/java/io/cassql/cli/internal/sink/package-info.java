/**
 * Destinations of {@code cassql copy}: CSV and JSON Lines files written under a temporary name and
 * renamed at the end, and JDBC tables written in batches inside a transaction.
 */
package io.cassql.cli.internal.sink;
