/** Runtime of pushed scans: the CQL sent, its bound values and the rows converted for Calcite. */
package io.cassql.sql.exec;
