/** Reading result-set rows into plain values, and writing them as text, CSV and JSON. */
package io.cassql.cli.internal.format;
