/** CqlSession construction and reference-counted sharing across connections. */
package io.cassql.jdbc.internal.session;
