# Queries that must fail in SQL mode as in H2, one per line (run by ConformanceIT over the same data).
# CasSQL's SQLSTATE must equal H2's where H2 gives a standard data exception (22003 out of range, 22012 division
# by zero, 22007/22008 bad datetime, 22018 bad character value for a cast); otherwise the class (first 2 characters).
# --- integer overflow: INTEGER, BIGINT, SMALLINT, aggregates
SELECT CAST(id AS INTEGER) * 2147483647 * 2 FROM conf.emp
SELECT id * 2147483647 FROM conf.emp WHERE id > 1
SELECT 2147483647 + id FROM conf.emp
SELECT -CAST(-2147483648 AS INTEGER) FROM conf.dept
SELECT CAST(id AS BIGINT) * 9223372036854775807 FROM conf.emp WHERE id > 1
SELECT 9223372036854775807 + CAST(id AS BIGINT) FROM conf.emp
SELECT big * 3 FROM conf.ledger
SELECT big + big + big FROM conf.ledger
SELECT units * units * units FROM conf.ledger
SELECT ABS(CAST(-9223372036854775808 AS BIGINT)) FROM conf.dept
SELECT CAST(SUM(big) AS BIGINT) FROM conf.ledger
SELECT acct, CAST(SUM(big) AS BIGINT) FROM conf.ledger GROUP BY acct
SELECT SUM(CAST(id AS INTEGER) * 2000000000) FROM conf.emp
SELECT s * s * s FROM conf.types
SELECT CAST(id AS SMALLINT) * CAST(30000 AS SMALLINT) FROM conf.emp
SELECT -9223372036854775807 - CAST(id AS BIGINT) - 1 FROM conf.emp
# --- casts of out-of-range values to narrower types
SELECT CAST(big AS INTEGER) FROM conf.ledger
SELECT CAST(units AS INTEGER) FROM conf.ledger
SELECT CAST(id * 100000 AS SMALLINT) FROM conf.emp
SELECT CAST(99999 AS SMALLINT) FROM conf.dept
SELECT CAST(3000000000 AS INTEGER) FROM conf.dept
SELECT CAST(b AS SMALLINT) FROM conf.types
SELECT CAST(amount AS INTEGER) * 100000 FROM conf.ledger
SELECT CAST(budget * 1000000 AS INTEGER) FROM conf.dept
SELECT CAST(9.3e18 AS BIGINT) FROM conf.dept
SELECT CAST(128 AS TINYINT) FROM conf.dept
SELECT CAST(-32769 AS SMALLINT) FROM conf.dept
# --- invalid dates, times and timestamps in constant expressions
SELECT CAST('2023-02-30' AS DATE) FROM conf.dept
SELECT CAST('2023-13-01' AS DATE) FROM conf.dept
SELECT id FROM conf.emp WHERE hired > CAST('2023-02-30' AS DATE)
SELECT CAST('2023-02-29 10:00:00' AS TIMESTAMP) FROM conf.dept
SELECT CAST('25:00:00' AS TIME) FROM conf.dept
SELECT DATE '2023-02-30' FROM conf.dept
SELECT CAST('yesterday' AS DATE) FROM conf.dept
SELECT CAST('' AS DATE) FROM conf.dept
# --- division by zero, integer and decimal
SELECT id / 0 FROM conf.emp
SELECT id / (id - id) FROM conf.emp
SELECT MOD(id, 0) FROM conf.emp
SELECT MOD(salary, 0) FROM conf.emp
SELECT salary / 0 FROM conf.emp
SELECT salary / (salary - salary) FROM conf.emp
SELECT amount / 0.0 FROM conf.ledger
SELECT SUM(amount) / (COUNT(*) - COUNT(*)) FROM conf.ledger
SELECT 1 / 0 FROM conf.dept
# --- bad numbers in casts
SELECT CAST('abc' AS INTEGER) FROM conf.dept
SELECT CAST(name AS INTEGER) FROM conf.emp
SELECT CAST('1.5' AS INTEGER) FROM conf.dept
SELECT CAST('x' AS DECIMAL(10, 2)) FROM conf.dept
SELECT CAST(dept AS BIGINT) FROM conf.dept
SELECT id FROM conf.emp WHERE id = CAST('seven' AS INTEGER)
SELECT CAST(' ' AS INTEGER) FROM conf.dept
SELECT CAST('abc' AS BOOLEAN) FROM conf.dept
