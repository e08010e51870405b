/** Implementation details of the launcher: yaml, command line, ports and TLS material. */
package io.cassql.embedded.internal;
