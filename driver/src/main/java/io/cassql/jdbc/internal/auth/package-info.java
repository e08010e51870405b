/** Authorisation: what the connected role may read, so that metadata shows only that. */
package io.cassql.jdbc.internal.auth;
