/** SQL INSERT, UPDATE and DELETE on base tables, translated to CQL writes by full primary key. */
package io.cassql.sql.dml;
