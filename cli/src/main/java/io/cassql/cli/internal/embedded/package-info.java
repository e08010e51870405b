/** The embedded node behind {@code --embedded}: started on first use, reused while it runs. */
package io.cassql.cli.internal.embedded;
