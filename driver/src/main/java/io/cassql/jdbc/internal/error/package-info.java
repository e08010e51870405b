/** The one place where failures become SQLExceptions with an SQLSTATE. */
package io.cassql.jdbc.internal.error;
