/** DatabaseMetaData: metadata result sets answered from the driver's schema metadata. */
package io.cassql.jdbc.internal.meta;
