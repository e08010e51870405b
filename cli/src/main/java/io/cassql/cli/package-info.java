/** The command-line entry points: the embedded demo (and later the cassql tool). */
package io.cassql.cli;
