/** Implementation of the driver; not an API, may change in any release. */
package io.cassql.jdbc.internal;
