/** The tool's implementation; nothing here is a supported API. */
package io.cassql.cli.internal;
