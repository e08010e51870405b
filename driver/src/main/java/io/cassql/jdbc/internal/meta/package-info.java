/**
 * DatabaseMetaData: metadata result sets answered from the relational model of the driver's schema
 * metadata.
 */
package io.cassql.jdbc.internal.meta;
