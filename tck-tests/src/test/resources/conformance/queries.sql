# SQL-92 conformance queries, one per line; run through CasSQL (SQL mode) and H2, results compared.
# A query that ends with ORDER BY is compared in order; others as multisets. Nullable sort keys name NULLS FIRST/LAST.
# --- projections and expressions
SELECT * FROM conf.emp
SELECT id, name FROM conf.emp
SELECT id, id * 2 + 1, -id, id - 3 FROM conf.emp
SELECT dept, id, salary * 2, salary + 0.25, salary - 1000 FROM conf.emp
SELECT id, bonus * 2, bonus / 2, bonus + id FROM conf.emp
SELECT id AS ident, name AS who FROM conf.emp WHERE id < 10 ORDER BY ident
SELECT e.id, e.dept FROM conf.emp e WHERE e.id BETWEEN 5 AND 15 ORDER BY e.id
SELECT * FROM conf.dept
SELECT * FROM conf.events
SELECT * FROM conf.types ORDER BY id
SELECT id, t, i, b FROM conf.types ORDER BY id
SELECT id, s, ti, d, f FROM conf.types ORDER BY id
SELECT id, dc, bo, dt FROM conf.types ORDER BY id
SELECT id, ts, tm, u, bl FROM conf.types ORDER BY id
# --- WHERE: comparisons, AND/OR/NOT, BETWEEN, IN, LIKE, IS NULL
SELECT id FROM conf.emp WHERE dept = 'd1'
SELECT id, name FROM conf.emp WHERE dept = 'd2' AND id > 100
SELECT id FROM conf.emp WHERE dept = 'd3' AND id >= 99 AND id <= 150
SELECT id FROM conf.emp WHERE dept IN ('d1', 'd4') AND id < 50
SELECT id FROM conf.emp WHERE dept IN ('d1', 'd4')
SELECT id FROM conf.emp WHERE id = 42
SELECT id FROM conf.emp WHERE id <> 42 AND dept = 'd0'
SELECT id FROM conf.emp WHERE id < 20 OR id > 230
SELECT id FROM conf.emp WHERE NOT (id < 200)
SELECT id FROM conf.emp WHERE NOT (dept = 'd1' OR dept = 'd2') AND id < 40
SELECT id FROM conf.emp WHERE id BETWEEN 10 AND 20
SELECT id FROM conf.emp WHERE id NOT BETWEEN 10 AND 220
SELECT id FROM conf.emp WHERE salary BETWEEN 2000 AND 2500
SELECT id FROM conf.emp WHERE id IN (1, 2, 3, 100, 500)
SELECT id FROM conf.emp WHERE id NOT IN (1, 2, 3) AND id < 8
SELECT id FROM conf.emp WHERE name LIKE 'n1%'
SELECT id FROM conf.emp WHERE name LIKE '%5'
SELECT id FROM conf.emp WHERE name LIKE 'n_'
SELECT id FROM conf.emp WHERE name NOT LIKE 'n%1%'
SELECT id FROM conf.emp WHERE name IS NULL
SELECT id FROM conf.emp WHERE salary IS NULL
SELECT id FROM conf.emp WHERE hired IS NOT NULL AND id < 30
SELECT id FROM conf.emp WHERE active
SELECT id FROM conf.emp WHERE NOT active
SELECT id FROM conf.emp WHERE active IS NULL
SELECT id FROM conf.emp WHERE active = TRUE AND bonus > 5
SELECT id FROM conf.emp WHERE bonus >= 4.5
SELECT id FROM conf.emp WHERE salary > 5000.5
SELECT id FROM conf.emp WHERE hired > DATE '2023-06-01'
SELECT id FROM conf.emp WHERE hired BETWEEN DATE '2021-01-01' AND DATE '2021-12-31'
SELECT id FROM conf.emp WHERE manager = 3 OR manager IS NULL
SELECT id FROM conf.emp WHERE name > 'n5'
SELECT id FROM conf.emp WHERE dept = 'd5' AND name = 'n35'
SELECT dept FROM conf.dept WHERE region IS NULL
SELECT dept FROM conf.dept WHERE budget > 30000 AND flr = 1
# --- composite partition key and clustering columns
SELECT ts, kind, qty FROM conf.events WHERE tenant = 2 AND evday = DATE '2026-01-03'
SELECT ts, kind FROM conf.events WHERE tenant = 1 AND evday = DATE '2026-01-02' AND ts > TIMESTAMP '2026-01-02 12:00:00'
SELECT ts, kind FROM conf.events WHERE tenant = 1 AND evday = DATE '2026-01-02' AND ts >= TIMESTAMP '2026-01-02 10:00:00' AND ts < TIMESTAMP '2026-01-02 14:00:00'
SELECT kind, qty FROM conf.events WHERE tenant = 3 AND evday = DATE '2026-01-05' AND kind = 'k2'
SELECT COUNT(*) FROM conf.events WHERE tenant IN (1, 2) AND evday = DATE '2026-01-01'
SELECT COUNT(*) FROM conf.events WHERE tenant = 2
SELECT COUNT(*) FROM conf.events WHERE evday = DATE '2026-01-04'
SELECT ts, kind FROM conf.events WHERE tenant = 2 AND evday = DATE '2026-01-03' ORDER BY ts DESC, kind
SELECT ts, kind FROM conf.events WHERE tenant = 2 AND evday = DATE '2026-01-03' ORDER BY ts, kind
SELECT tenant, evday, qty FROM conf.events WHERE qty < 0 AND tag IS NOT NULL
SELECT tenant, evday, ts, kind FROM conf.events WHERE price > 45
# --- CASE, CAST, COALESCE, NULLIF
SELECT id, CASE WHEN id < 100 THEN 'low' WHEN id < 200 THEN 'mid' ELSE 'top' END FROM conf.emp
SELECT id, CASE dept WHEN 'd0' THEN 1 WHEN 'd1' THEN 2 ELSE 0 END FROM conf.emp
SELECT id, CASE WHEN salary IS NULL THEN -1 ELSE salary END FROM conf.emp
SELECT id, COALESCE(name, 'none') FROM conf.emp
SELECT id, COALESCE(manager, bonus, -1) FROM conf.emp
SELECT id, NULLIF(manager, 1) FROM conf.emp
SELECT id, NULLIF(dept, 'd0') FROM conf.emp
SELECT CAST(id AS VARCHAR(10)) FROM conf.emp
SELECT CAST(id AS BIGINT) * 1000000000 FROM conf.emp
SELECT CAST(id AS DOUBLE) / 4 FROM conf.emp
SELECT CAST(id AS DECIMAL(10, 2)) / 8 FROM conf.emp
SELECT CAST(hired AS VARCHAR(20)) FROM conf.emp
SELECT CAST('12' AS INTEGER) + id FROM conf.emp
SELECT id, CAST(active AS VARCHAR(5)) FROM conf.emp
SELECT CAST(flr AS INTEGER) + 1 FROM conf.dept
# --- string functions
SELECT name || '-' || dept FROM conf.emp
SELECT UPPER(name), LOWER(dept) FROM conf.emp
SELECT SUBSTRING(name FROM 2 FOR 1) FROM conf.emp
SELECT SUBSTRING(name FROM 2) FROM conf.emp
SELECT TRIM(BOTH 'n' FROM name) FROM conf.emp
SELECT TRIM(LEADING 'd' FROM dept), TRIM(TRAILING '1' FROM name) FROM conf.emp
SELECT TRIM(' x ') || name FROM conf.emp
SELECT POSITION('1' IN name) FROM conf.emp
SELECT CHAR_LENGTH(name), CHARACTER_LENGTH(dept) FROM conf.emp
SELECT id FROM conf.emp WHERE UPPER(name) = 'N14'
SELECT id FROM conf.emp WHERE CHAR_LENGTH(name) = 2
SELECT t || '!' FROM conf.types
SELECT UPPER(t) FROM conf.types WHERE t LIKE '%1%'
# --- numeric functions and arithmetic
SELECT ABS(id - 120) FROM conf.emp
SELECT MOD(id, 7) FROM conf.emp
SELECT id / 7, id * id FROM conf.emp
SELECT FLOOR(salary), CEIL(salary) FROM conf.emp
SELECT ROUND(salary, 0), ROUND(bonus, 1) FROM conf.emp
SELECT POWER(CAST(id AS DOUBLE), 2) FROM conf.emp WHERE id < 50
SELECT SQRT(CAST(id AS DOUBLE)) FROM conf.emp WHERE id < 30
SELECT ABS(qty), qty * price FROM conf.events
SELECT i + b, s * 2, ti - 1 FROM conf.types
SELECT d * 2, f + 1, dc * 3 FROM conf.types
SELECT id FROM conf.types WHERE d > 3.5 AND f < 30
SELECT id FROM conf.types WHERE dc > 10.5
# --- dates, times, EXTRACT, intervals
SELECT EXTRACT(YEAR FROM hired), EXTRACT(MONTH FROM hired), EXTRACT(DAY FROM hired) FROM conf.emp
SELECT id FROM conf.emp WHERE EXTRACT(YEAR FROM hired) = 2022
SELECT hired + INTERVAL '10' DAY FROM conf.emp
SELECT hired - INTERVAL '1' MONTH FROM conf.emp
SELECT id FROM conf.emp WHERE hired + INTERVAL '1' YEAR > DATE '2024-01-01'
SELECT EXTRACT(HOUR FROM ts), EXTRACT(MINUTE FROM ts) FROM conf.events
SELECT ts + INTERVAL '2' HOUR FROM conf.events WHERE tenant = 1 AND evday = DATE '2026-01-02'
SELECT id FROM conf.types WHERE ts > TIMESTAMP '2026-01-02 00:00:00'
SELECT id FROM conf.types WHERE tm < TIME '12:00:00'
SELECT id, dt FROM conf.types WHERE dt < DATE '2020-01-01'
SELECT COUNT(*) FROM conf.emp WHERE hired < CURRENT_DATE
SELECT COUNT(*) FROM conf.events WHERE ts < CURRENT_TIMESTAMP
SELECT EXTRACT(YEAR FROM dt), EXTRACT(SECOND FROM tm) FROM conf.types
# --- aggregates, GROUP BY, HAVING, DISTINCT
SELECT COUNT(*) FROM conf.emp
SELECT COUNT(name), COUNT(salary), COUNT(hired), COUNT(active) FROM conf.emp
SELECT SUM(salary), MIN(salary), MAX(salary) FROM conf.emp
SELECT SUM(bonus), MIN(bonus), MAX(bonus) FROM conf.emp
SELECT AVG(CAST(salary AS DOUBLE)), AVG(bonus) FROM conf.emp
SELECT MIN(name), MAX(name), MIN(hired), MAX(hired) FROM conf.emp
SELECT dept, COUNT(*) FROM conf.emp GROUP BY dept
SELECT dept, SUM(salary), MAX(id) FROM conf.emp GROUP BY dept
SELECT dept, active, COUNT(*) FROM conf.emp GROUP BY dept, active
SELECT dept, COUNT(*) FROM conf.emp GROUP BY dept HAVING COUNT(*) > 39
SELECT dept, SUM(salary) FROM conf.emp GROUP BY dept HAVING SUM(salary) > 120000
SELECT manager, COUNT(*) FROM conf.emp GROUP BY manager
SELECT COUNT(DISTINCT manager), COUNT(DISTINCT dept) FROM conf.emp
SELECT dept, COUNT(DISTINCT manager) FROM conf.emp GROUP BY dept
SELECT DISTINCT dept FROM conf.emp
SELECT DISTINCT manager, active FROM conf.emp
SELECT tenant, evday, COUNT(*), SUM(qty), MIN(ts), MAX(price) FROM conf.events GROUP BY tenant, evday
SELECT kind, COUNT(tag), COUNT(*) FROM conf.events GROUP BY kind
SELECT EXTRACT(YEAR FROM hired), COUNT(*) FROM conf.emp GROUP BY EXTRACT(YEAR FROM hired)
SELECT MOD(id, 3), SUM(id) FROM conf.emp GROUP BY MOD(id, 3)
SELECT COUNT(*), SUM(i), SUM(b), SUM(s), SUM(ti), SUM(dc), MIN(dt), MAX(ts) FROM conf.types
SELECT bo, COUNT(*) FROM conf.types GROUP BY bo
# --- ORDER BY with NULLS FIRST/LAST, OFFSET, FETCH, LIMIT
SELECT id, salary FROM conf.emp ORDER BY salary DESC NULLS LAST, id
SELECT id, salary FROM conf.emp ORDER BY salary ASC NULLS FIRST, id
SELECT id, name FROM conf.emp ORDER BY name NULLS FIRST, id DESC
SELECT id, hired FROM conf.emp ORDER BY hired DESC NULLS FIRST, id
SELECT id FROM conf.emp ORDER BY id DESC
SELECT dept, id FROM conf.emp ORDER BY 1, 2 DESC
SELECT id FROM conf.emp ORDER BY id OFFSET 230 ROWS
SELECT id FROM conf.emp ORDER BY id OFFSET 5 ROWS FETCH NEXT 3 ROWS ONLY
SELECT id FROM conf.emp ORDER BY id FETCH FIRST 4 ROWS ONLY
SELECT id FROM conf.emp ORDER BY id LIMIT 7
SELECT id FROM conf.emp WHERE dept = 'd2' ORDER BY id LIMIT 3
SELECT id, bonus FROM conf.emp WHERE dept = 'd4' ORDER BY bonus NULLS LAST, id DESC
SELECT ts, kind FROM conf.events WHERE tenant = 3 AND evday = DATE '2026-01-01' ORDER BY ts DESC, kind FETCH FIRST 5 ROWS ONLY
# --- joins
SELECT e.id, d.region FROM conf.emp e JOIN conf.dept d ON e.dept = d.dept
SELECT e.id, d.region FROM conf.emp e INNER JOIN conf.dept d ON e.dept = d.dept WHERE d.region = 'east'
SELECT d.dept, e.id FROM conf.dept d LEFT JOIN conf.emp e ON e.dept = d.dept AND e.id < 10
SELECT d.dept, COUNT(e.id) FROM conf.dept d LEFT OUTER JOIN conf.emp e ON e.dept = d.dept GROUP BY d.dept
SELECT e.id, d.dept FROM conf.emp e RIGHT JOIN conf.dept d ON e.dept = d.dept AND e.id > 235
SELECT e.id, d.dept FROM (SELECT * FROM conf.emp WHERE id < 20) e LEFT JOIN (SELECT * FROM conf.dept WHERE flr = 0) d ON e.dept = d.dept UNION SELECT e.id, d.dept FROM (SELECT * FROM conf.emp WHERE id < 20) e RIGHT JOIN (SELECT * FROM conf.dept WHERE flr = 0) d ON e.dept = d.dept
SELECT a.dept, b.dept FROM conf.dept a CROSS JOIN conf.dept b
SELECT a.dept, b.dept FROM conf.dept a, conf.dept b WHERE a.budget < b.budget
SELECT e.id, m.id, m.name FROM conf.emp e JOIN conf.emp m ON e.manager = m.id WHERE e.id < 40
SELECT e.id FROM conf.emp e JOIN conf.emp m ON e.manager = m.id AND e.dept = m.dept
SELECT e.id, d.region, v.kind FROM conf.emp e JOIN conf.dept d ON e.dept = d.dept JOIN conf.events v ON v.tenant = e.manager AND v.qty = e.id WHERE v.evday = DATE '2026-01-02'
SELECT d.region, SUM(e.salary) FROM conf.emp e JOIN conf.dept d ON e.dept = d.dept GROUP BY d.region
SELECT t1.id, t2.id FROM conf.types t1 JOIN conf.types t2 ON t1.i = t2.i
SELECT d.dept FROM conf.dept d LEFT JOIN conf.emp e ON e.dept = d.dept WHERE e.id IS NULL
# --- subqueries: IN, EXISTS, scalar, derived tables, WITH
SELECT id FROM conf.emp WHERE dept IN (SELECT dept FROM conf.dept WHERE region = 'west')
SELECT id FROM conf.emp WHERE dept NOT IN (SELECT dept FROM conf.dept WHERE region IS NOT NULL)
SELECT d.dept FROM conf.dept d WHERE EXISTS (SELECT 1 FROM conf.emp e WHERE e.dept = d.dept AND e.salary > 5900)
SELECT d.dept FROM conf.dept d WHERE NOT EXISTS (SELECT 1 FROM conf.emp e WHERE e.dept = d.dept)
SELECT id FROM conf.emp WHERE salary > (SELECT AVG(CAST(salary AS DOUBLE)) FROM conf.emp)
SELECT id, (SELECT region FROM conf.dept d WHERE d.dept = e.dept) FROM conf.emp e WHERE id < 25
SELECT id FROM conf.emp e WHERE salary = (SELECT MAX(salary) FROM conf.emp x WHERE x.dept = e.dept)
SELECT dept, n FROM (SELECT dept, COUNT(*) AS n FROM conf.emp GROUP BY dept) t WHERE n > 39
SELECT x.id FROM (SELECT id, salary FROM conf.emp WHERE dept = 'd3') x WHERE x.salary > 3000
WITH big AS (SELECT dept, SUM(salary) AS total FROM conf.emp GROUP BY dept) SELECT dept FROM big WHERE total > 110000
WITH a AS (SELECT id, dept FROM conf.emp WHERE id < 50), b AS (SELECT dept FROM conf.dept WHERE region = 'east') SELECT a.id FROM a JOIN b ON a.dept = b.dept
SELECT id FROM conf.emp WHERE id = (SELECT MIN(id) FROM conf.emp WHERE dept = 'd5')
SELECT COUNT(*) FROM conf.emp WHERE manager IN (SELECT id FROM conf.emp WHERE active)
SELECT dept, (SELECT COUNT(*) FROM conf.emp e WHERE e.dept = d.dept) FROM conf.dept d
# --- set operations
SELECT dept FROM conf.emp UNION SELECT dept FROM conf.dept
SELECT dept FROM conf.emp WHERE id < 5 UNION ALL SELECT dept FROM conf.dept
SELECT dept FROM conf.dept INTERSECT SELECT dept FROM conf.emp
SELECT dept FROM conf.dept EXCEPT SELECT dept FROM conf.emp
SELECT id FROM conf.emp WHERE id < 10 UNION SELECT id FROM conf.types WHERE id > 35
SELECT manager FROM conf.emp EXCEPT SELECT i FROM conf.types
SELECT id FROM conf.emp WHERE dept = 'd1' INTERSECT SELECT id FROM conf.emp WHERE id < 60
SELECT name FROM conf.emp WHERE id < 20 UNION ALL SELECT t FROM conf.types WHERE id < 10
# --- more predicates and expressions over every type
SELECT id FROM conf.types WHERE t IS NULL
SELECT id FROM conf.types WHERE i IS NULL OR b IS NULL
SELECT id FROM conf.types WHERE s > 1000 AND ti < 5
SELECT id FROM conf.types WHERE bo = FALSE
SELECT id FROM conf.types WHERE u IS NOT NULL AND bl IS NULL
SELECT id, COALESCE(t, 'null text') FROM conf.types
SELECT id, CASE WHEN f IS NULL THEN 0 ELSE f END FROM conf.types
SELECT id FROM conf.types WHERE dt BETWEEN DATE '2010-01-01' AND DATE '2025-12-31'
SELECT MAX(b) - MIN(b), MAX(dc) - MIN(dc) FROM conf.types
SELECT id FROM conf.types WHERE i IN (993, 1993, 4993)
SELECT id, ts FROM conf.types WHERE ts BETWEEN TIMESTAMP '2026-01-01 05:00:00' AND TIMESTAMP '2026-01-02 05:00:00' ORDER BY id
SELECT COUNT(*) FROM conf.types WHERE u LIKE '00000000-0000-0001%'
SELECT id FROM conf.emp WHERE (dept = 'd1' AND id < 30) OR (dept = 'd2' AND id > 220)
SELECT id FROM conf.emp WHERE dept = 'd1' AND (id < 30 OR id > 220)
SELECT id FROM conf.emp WHERE id IN (SELECT manager FROM conf.emp) AND dept = 'd3'
SELECT SUM(qty * price), COUNT(DISTINCT tag) FROM conf.events WHERE tenant = 1
SELECT tag, MIN(qty), MAX(qty) FROM conf.events GROUP BY tag
SELECT evday, COUNT(DISTINCT tenant) FROM conf.events GROUP BY evday
SELECT 1 + 1, 'x' || 'y', CAST(NULL AS INTEGER) FROM conf.dept WHERE dept = 'd0'
# --- virtual tables of collection columns, against the same rows as plain tables in H2
SELECT * FROM conf.emp_vt_skills
SELECT * FROM conf.emp_vt_props
SELECT * FROM conf.emp_vt_badges
SELECT id, skills_index, skills_value FROM conf.emp_vt_skills WHERE dept = 'd1' AND id < 50
SELECT skills_value, COUNT(*) FROM conf.emp_vt_skills GROUP BY skills_value
SELECT e.name, s.skills_value FROM conf.emp e JOIN conf.emp_vt_skills s ON e.dept = s.dept AND e.id = s.id WHERE e.id < 30
SELECT e.id, COUNT(b.badges_value) FROM conf.emp e LEFT JOIN conf.emp_vt_badges b ON e.dept = b.dept AND e.id = b.id GROUP BY e.id
SELECT props_key, SUM(props_value), MAX(props_value) FROM conf.emp_vt_props GROUP BY props_key
SELECT dept, id FROM conf.emp_vt_badges WHERE badges_value = 3
SELECT dept, id FROM conf.emp_vt_skills WHERE skills_index = 2
SELECT DISTINCT dept FROM conf.emp_vt_props WHERE props_value > 100
SELECT e.id FROM conf.emp e WHERE EXISTS (SELECT 1 FROM conf.emp_vt_badges b WHERE b.dept = e.dept AND b.id = e.id AND b.badges_value = 4)
SELECT s.id, s.skills_index, p.props_key FROM conf.emp_vt_skills s JOIN conf.emp_vt_props p ON s.dept = p.dept AND s.id = p.id WHERE s.dept = 'd2'
SELECT id, badges_value FROM conf.emp_vt_badges WHERE dept IN ('d3', 'd4') ORDER BY id, badges_value
SELECT e.id, e.name, s.skills_index, s.skills_value, p.props_key, p.props_value FROM conf.emp e JOIN conf.emp_vt_skills s ON e.dept = s.dept AND e.id = s.id JOIN conf.emp_vt_props p ON p.id = e.id AND p.dept = e.dept
SELECT e.id, e.name, s.skills_value FROM conf.emp e LEFT JOIN conf.emp_vt_skills s ON e.dept = s.dept AND e.id = s.id WHERE e.dept = 'd1'
SELECT e.dept, COUNT(*), SUM(p.props_value) FROM conf.emp e JOIN conf.emp_vt_props p ON e.dept = p.dept AND e.id = p.id AND p.props_value > 10 GROUP BY e.dept
SELECT s.id, s.skills_value, b.badges_value FROM conf.emp_vt_skills s LEFT JOIN conf.emp_vt_badges b ON s.dept = b.dept AND s.id = b.id WHERE s.skills_index = 0
SELECT e.id FROM conf.emp e JOIN conf.emp_vt_badges b ON e.dept = b.dept AND e.id = b.id WHERE b.dept = 'd2' AND b.badges_value > 1
SELECT a.id, a.name, b.name FROM conf.emp a JOIN conf.emp b ON a.dept = b.dept AND a.id = b.id WHERE a.id < 20
# --- sums above 10^7 with cents, exact and approximate numbers (ledger)
SELECT SUM(amount) FROM conf.ledger
SELECT acct, SUM(amount), COUNT(amount) FROM conf.ledger GROUP BY acct
SELECT SUM(amount * 100), SUM(amount) + 0.01 FROM conf.ledger
SELECT SUM(units), MIN(units), MAX(units) FROM conf.ledger
SELECT SUM(big) FROM conf.ledger WHERE MOD(id, 50) <> 0
SELECT MAX(big), MIN(big) FROM conf.ledger
SELECT SUM(rate), AVG(rate), MIN(rate), MAX(rate) FROM conf.ledger
SELECT SUM(ratio), MAX(ratio), MIN(ratio) FROM conf.ledger
SELECT id, amount * 3, amount - 100000, -amount FROM conf.ledger
SELECT id, amount / 4 FROM conf.ledger
SELECT id, rate * 3, ratio * 2 FROM conf.ledger
SELECT id, units * 10, units / 7 FROM conf.ledger
SELECT id, CAST(amount AS DOUBLE) FROM conf.ledger
SELECT acct, SUM(amount), SUM(units), SUM(rate) FROM conf.ledger GROUP BY acct HAVING COUNT(*) > 10
SELECT booked, SUM(amount) FROM conf.ledger GROUP BY booked
SELECT SUM(l.amount) FROM conf.ledger l JOIN conf.emp e ON l.id = e.id
SELECT id, ROUND(amount, 1), ROUND(amount, -3) FROM conf.ledger
SELECT id, FLOOR(amount), CEIL(amount), ABS(amount - 500000) FROM conf.ledger
SELECT id, CAST(units AS DECIMAL(30, 2)) / 100 FROM conf.ledger
SELECT id, MOD(units, 1000), big / 1000, MOD(big, 7) FROM conf.ledger
SELECT acct, MAX(amount) - MIN(amount) FROM conf.ledger GROUP BY acct
SELECT SUM(amount) FROM conf.ledger WHERE booked BETWEEN DATE '2024-03-01' AND DATE '2024-09-30'
SELECT * FROM conf.ledger ORDER BY id LIMIT 3
SELECT * FROM conf.ledger
