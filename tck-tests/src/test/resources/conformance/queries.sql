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
# --- result-set metadata probes of BI tools and database browsers (labels and type categories compared too)
SELECT * FROM conf.emp WHERE 1=0
SELECT * FROM conf.dept WHERE 1=0
SELECT * FROM conf.events WHERE 1=0
SELECT * FROM conf.types WHERE 1=0
SELECT * FROM conf.ledger WHERE 1=0
SELECT * FROM conf.emp_vt_skills WHERE 1=0
SELECT * FROM conf.emp_vt_props WHERE 1=0
SELECT * FROM conf.emp_vt_badges WHERE 1=0
SELECT * FROM conf.emp LIMIT 0
SELECT * FROM conf.types LIMIT 0
SELECT * FROM conf.emp_vt_props LIMIT 0
SELECT * FROM conf.ledger FETCH FIRST 0 ROWS ONLY
SELECT * FROM conf.events FETCH FIRST 0 ROWS ONLY
SELECT id, name, salary, hired FROM conf.emp WHERE 1 = 0
SELECT t.* FROM conf.types t WHERE 1=0
SELECT * FROM (SELECT dept, COUNT(*) AS n, SUM(salary) AS total FROM conf.emp GROUP BY dept) t WHERE 1=0
SELECT e.id, d.region, e.salary FROM conf.emp e JOIN conf.dept d ON e.dept = d.dept WHERE 1=0
SELECT id AS "Ident", t AS label_text FROM conf.types LIMIT 0
SELECT CAST(id AS DOUBLE) AS c1, CAST(id AS DECIMAL(10,2)) AS c2, CAST(id AS VARCHAR(10)) AS c3, CAST(hired AS TIMESTAMP) AS c4 FROM conf.emp WHERE 1=0
SELECT COUNT(*) AS n, SUM(salary) AS s, MIN(hired) AS h, MAX(name) AS m FROM conf.emp WHERE 1=0
# a join's repeated column names keep their names as labels (dept, id, ..., dept, id), as in H2 and the SQL standard
SELECT * FROM conf.emp e JOIN conf.emp_vt_badges b ON e.dept = b.dept AND e.id = b.id WHERE 1=0
SELECT e.*, b.badges_value FROM conf.emp e JOIN conf.emp_vt_badges b ON e.dept = b.dept AND e.id = b.id WHERE 1=0
SELECT id FROM conf.emp ORDER BY id LIMIT 0
# --- ordinals in GROUP BY and ORDER BY (H2 has no GROUP BY ordinal: its reference query names the column)
SELECT dept, COUNT(*) FROM conf.emp GROUP BY 1 @H2 SELECT dept, COUNT(*) FROM conf.emp GROUP BY dept
SELECT dept, active, SUM(salary) FROM conf.emp GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST @H2 SELECT dept, active, SUM(salary) FROM conf.emp GROUP BY dept, active ORDER BY 1, 2 NULLS FIRST
SELECT EXTRACT(YEAR FROM hired), COUNT(*) FROM conf.emp GROUP BY 1 ORDER BY 1 NULLS LAST @H2 SELECT EXTRACT(YEAR FROM hired), COUNT(*) FROM conf.emp GROUP BY EXTRACT(YEAR FROM hired) ORDER BY 1 NULLS LAST
SELECT acct, SUM(amount) FROM conf.ledger GROUP BY 1 ORDER BY 2 DESC, 1 @H2 SELECT acct, SUM(amount) FROM conf.ledger GROUP BY acct ORDER BY 2 DESC, 1
SELECT region, COUNT(*) FROM conf.dept GROUP BY 1 ORDER BY 1 NULLS FIRST @H2 SELECT region, COUNT(*) FROM conf.dept GROUP BY region ORDER BY 1 NULLS FIRST
SELECT kind, tag, COUNT(*) FROM conf.events GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 NULLS LAST @H2 SELECT kind, tag, COUNT(*) FROM conf.events GROUP BY kind, tag ORDER BY 3 DESC, 1, 2 NULLS LAST
SELECT id, name FROM conf.emp WHERE dept = 'd3' ORDER BY 2 NULLS FIRST, 1
SELECT dept, id, salary FROM conf.emp WHERE id < 40 ORDER BY 3 DESC NULLS LAST, 2
SELECT dept AS d, COUNT(*) AS n FROM conf.emp GROUP BY dept ORDER BY n DESC, d
# --- outer aggregate over a query (what Tableau and Power BI send)
SELECT COUNT(*) FROM (SELECT * FROM conf.emp) t
SELECT COUNT(*) FROM (SELECT dept, SUM(salary) AS s FROM conf.emp GROUP BY dept) t
SELECT COUNT(*) FROM (SELECT DISTINCT manager FROM conf.emp) t
SELECT COUNT(*) FROM (SELECT e.id FROM conf.emp e JOIN conf.dept d ON e.dept = d.dept WHERE d.region = 'west') t
SELECT SUM(t.total) FROM (SELECT acct, SUM(amount) AS total FROM conf.ledger GROUP BY acct) t
SELECT MAX(n), MIN(n) FROM (SELECT dept, COUNT(*) AS n FROM conf.emp GROUP BY dept) t
SELECT COUNT(*) FROM (SELECT * FROM conf.events WHERE tenant = 1) t
SELECT COUNT(*) FROM (SELECT id FROM conf.emp ORDER BY id LIMIT 10) t
SELECT COUNT(*), SUM(x) FROM (SELECT id * 2 AS x FROM conf.emp WHERE id < 100) t
SELECT COUNT(*) FROM (SELECT * FROM conf.emp_vt_skills) t
SELECT COUNT(*) FROM (SELECT dept FROM conf.emp UNION SELECT dept FROM conf.dept) t
SELECT COUNT(1) FROM (SELECT * FROM conf.types WHERE 1=0) t
SELECT SUM(1) AS cnt FROM (SELECT * FROM conf.ledger) t
SELECT t.acct, COUNT(*) FROM (SELECT acct, id FROM conf.ledger WHERE amount > 500000) t GROUP BY t.acct
# --- window functions
SELECT dept, id, ROW_NUMBER() OVER (PARTITION BY dept ORDER BY id) FROM conf.emp
SELECT id, RANK() OVER (ORDER BY salary DESC NULLS LAST) FROM conf.emp
SELECT id, DENSE_RANK() OVER (PARTITION BY dept ORDER BY manager NULLS FIRST) FROM conf.emp
SELECT dept, id, SUM(salary) OVER (PARTITION BY dept) FROM conf.emp
SELECT dept, id, SUM(salary) OVER (PARTITION BY dept ORDER BY id) FROM conf.emp
SELECT dept, id, SUM(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM conf.emp
SELECT dept, id, COUNT(*) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM conf.emp
SELECT id, SUM(id) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM conf.emp
SELECT id, MIN(salary) OVER (PARTITION BY dept), MAX(salary) OVER (PARTITION BY dept) FROM conf.emp
SELECT id, AVG(bonus) OVER (PARTITION BY dept) FROM conf.emp
SELECT id, COUNT(*) OVER () FROM conf.emp
SELECT id, LAG(id) OVER (PARTITION BY dept ORDER BY id), LEAD(id, 2) OVER (PARTITION BY dept ORDER BY id) FROM conf.emp
SELECT id, FIRST_VALUE(name) OVER (PARTITION BY dept ORDER BY id) FROM conf.emp
SELECT id, LAST_VALUE(id) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM conf.emp
SELECT id, NTILE(4) OVER (ORDER BY id) FROM conf.emp
SELECT acct, id, SUM(amount) OVER (PARTITION BY acct ORDER BY id) FROM conf.ledger
SELECT tenant, evday, ts, kind, ROW_NUMBER() OVER (PARTITION BY tenant, evday ORDER BY ts DESC, kind) FROM conf.events
SELECT * FROM (SELECT dept, id, ROW_NUMBER() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST, id) AS rn FROM conf.emp) t WHERE rn <= 3
SELECT id, bonus - AVG(bonus) OVER (PARTITION BY dept) FROM conf.emp
SELECT acct, id, RANK() OVER (PARTITION BY acct ORDER BY amount DESC NULLS LAST) FROM conf.ledger
# NOT SUPPORTED: PERCENT_RANK() and CUME_DIST() have no implementation in Calcite's window code generation; SQL mode refuses
# them with 0A000 "SQL mode cannot run this query: Unable to get aggregate implementation for aggregate CUME_DIST in window context"
# SELECT id, PERCENT_RANK() OVER (ORDER BY id) FROM conf.emp WHERE dept = 'd1'
# SELECT id, CUME_DIST() OVER (ORDER BY id) FROM conf.emp WHERE dept = 'd1'
SELECT dept, id, SUM(bonus) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM conf.emp
SELECT tenant, evday, ts, kind, SUM(qty) OVER (PARTITION BY tenant ORDER BY evday RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM conf.events
SELECT DISTINCT dept, COUNT(*) OVER (PARTITION BY dept) FROM conf.emp
SELECT id, ROW_NUMBER() OVER (ORDER BY id DESC) AS rn FROM conf.emp ORDER BY rn
SELECT acct, id, SUM(amount) OVER (ORDER BY id ROWS BETWEEN 5 PRECEDING AND 5 FOLLOWING) FROM conf.ledger
SELECT dept, id, MAX(hired) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) FROM conf.emp
SELECT id, RANK() OVER (ORDER BY id), DENSE_RANK() OVER (ORDER BY manager NULLS LAST) FROM conf.emp WHERE dept = 'd1'
# --- COUNT(DISTINCT ...) and DISTINCT aggregates
SELECT COUNT(DISTINCT name) FROM conf.emp
SELECT COUNT(DISTINCT acct), COUNT(DISTINCT booked) FROM conf.ledger
SELECT dept, COUNT(DISTINCT active), COUNT(*) FROM conf.emp GROUP BY dept
SELECT tenant, COUNT(DISTINCT kind), COUNT(DISTINCT tag), SUM(qty) FROM conf.events GROUP BY tenant
SELECT COUNT(DISTINCT skills_value) FROM conf.emp_vt_skills
SELECT COUNT(DISTINCT dept || CAST(manager AS VARCHAR(5))) FROM conf.emp
SELECT SUM(DISTINCT manager), AVG(DISTINCT CAST(manager AS DOUBLE)) FROM conf.emp
SELECT COUNT(DISTINCT e.dept) FROM conf.emp e JOIN conf.emp_vt_badges b ON e.dept = b.dept AND e.id = b.id WHERE b.badges_value = 5
SELECT dept, COUNT(DISTINCT manager) FROM conf.emp GROUP BY dept HAVING COUNT(DISTINCT manager) > 8
SELECT COUNT(DISTINCT evday), COUNT(DISTINCT tenant), COUNT(*) FROM conf.events
# --- JDBC escapes
SELECT {fn UCASE(name)}, {fn LCASE(dept)} FROM conf.emp
SELECT id FROM conf.emp WHERE hired > {d '2023-01-01'}
SELECT id FROM conf.types WHERE ts < {ts '2026-01-02 00:00:00'}
SELECT id FROM conf.types WHERE tm > {t '10:00:00'}
SELECT id, {fn TIMESTAMPADD(SQL_TSI_DAY, 3, hired)} FROM conf.emp
SELECT id, {fn TIMESTAMPADD(SQL_TSI_MONTH, 1, hired)} FROM conf.emp
SELECT id, {fn TIMESTAMPADD(SQL_TSI_YEAR, -1, hired)}, {fn TIMESTAMPADD(SQL_TSI_WEEK, 2, hired)} FROM conf.emp
SELECT id, {fn TIMESTAMPDIFF(SQL_TSI_DAY, hired, {d '2025-01-01'})} FROM conf.emp
SELECT ts, kind, {fn TIMESTAMPADD(SQL_TSI_HOUR, 5, ts)} FROM conf.events
SELECT id, {fn TIMESTAMPDIFF(SQL_TSI_SECOND, {ts '2026-01-01 00:00:00'}, ts)} FROM conf.types
SELECT {fn CONCAT(dept, CAST(id AS VARCHAR(5)))} FROM conf.emp
SELECT {fn LENGTH(name)}, {fn LOCATE('1', name)} FROM conf.emp
SELECT {fn SUBSTRING(name, 2, 1)} FROM conf.emp
SELECT {fn LEFT(name, 1)}, {fn RIGHT(name, 1)} FROM conf.emp
SELECT {fn LTRIM('  x')}, {fn RTRIM(name)} FROM conf.emp
SELECT {fn REPLACE(name, 'n', 'm')} FROM conf.emp
SELECT {fn ASCII(name)} FROM conf.emp
SELECT {fn ABS(id - 100)}, {fn MOD(id, 7)}, {fn SIGN(id - 100)} FROM conf.emp
SELECT {fn CEILING(bonus)}, {fn FLOOR(bonus)}, {fn ROUND(salary, 1)} FROM conf.emp
SELECT {fn TRUNCATE(salary, 0)} FROM conf.emp
SELECT {fn POWER(bonus, 2)}, {fn SQRT(bonus)} FROM conf.emp
SELECT {fn LOG10(CAST(id AS DOUBLE))}, {fn EXP(bonus)}, {fn LOG(CAST(id AS DOUBLE))} FROM conf.emp
SELECT {fn YEAR(hired)}, {fn MONTH(hired)}, {fn DAYOFMONTH(hired)} FROM conf.emp
SELECT {fn QUARTER(hired)}, {fn DAYOFYEAR(hired)}, {fn DAYOFWEEK(hired)} FROM conf.emp
SELECT {fn HOUR(ts)}, {fn MINUTE(ts)}, {fn SECOND(ts)} FROM conf.events
SELECT {fn IFNULL(name, 'none')} FROM conf.emp
SELECT {fn CONVERT(id, SQL_VARCHAR)} FROM conf.emp @H2 SELECT CAST(id AS VARCHAR) FROM conf.emp
SELECT id FROM conf.emp WHERE {fn UCASE(name)} LIKE 'N1%'
SELECT COUNT(*) FROM conf.ledger WHERE booked BETWEEN {d '2024-03-01'} AND {d '2024-06-30'}
SELECT COUNT(*) FROM conf.emp WHERE hired < {fn CURDATE()}
# --- NULLS FIRST / LAST over every type
SELECT id, bonus FROM conf.emp ORDER BY bonus NULLS FIRST, id
SELECT id, bonus FROM conf.emp ORDER BY bonus DESC NULLS LAST, id
SELECT id, manager FROM conf.emp ORDER BY manager DESC NULLS FIRST, id DESC
SELECT id, active FROM conf.emp ORDER BY active NULLS LAST, id
SELECT dept, region FROM conf.dept ORDER BY region NULLS FIRST, dept
SELECT dept, region FROM conf.dept ORDER BY region DESC NULLS LAST, dept
SELECT id, t FROM conf.types ORDER BY t NULLS LAST, id
SELECT id, dt FROM conf.types ORDER BY dt DESC NULLS FIRST, id
SELECT id, ts FROM conf.types ORDER BY ts NULLS FIRST, id
SELECT id, f FROM conf.types ORDER BY f DESC NULLS LAST, id
SELECT id, tm FROM conf.types ORDER BY tm NULLS FIRST, id
SELECT id, bl FROM conf.types ORDER BY bl NULLS LAST, id
SELECT id, amount FROM conf.ledger ORDER BY amount NULLS FIRST, id LIMIT 20
SELECT id, rate FROM conf.ledger ORDER BY rate DESC NULLS FIRST, id LIMIT 20
# --- set operations
SELECT manager FROM conf.emp UNION SELECT flr FROM conf.dept
SELECT id FROM conf.emp WHERE dept = 'd1' UNION ALL SELECT id FROM conf.emp WHERE dept = 'd2' ORDER BY 1
SELECT dept, id FROM conf.emp WHERE id < 30 EXCEPT SELECT dept, id FROM conf.emp WHERE active
SELECT dept, id FROM conf.emp WHERE id < 60 INTERSECT SELECT dept, id FROM conf.emp_vt_badges
SELECT name FROM conf.emp INTERSECT SELECT t FROM conf.types
SELECT skills_value FROM conf.emp_vt_skills UNION SELECT props_key FROM conf.emp_vt_props
SELECT acct FROM conf.ledger UNION SELECT dept FROM conf.dept ORDER BY 1
(SELECT id FROM conf.emp WHERE id < 5) UNION (SELECT id FROM conf.types WHERE id < 3)
SELECT id FROM conf.emp EXCEPT SELECT id FROM conf.emp WHERE id > 10
SELECT COUNT(*) FROM (SELECT dept FROM conf.emp UNION ALL SELECT dept FROM conf.dept) t
SELECT id, name FROM conf.emp WHERE id < 5 UNION SELECT id, t FROM conf.types WHERE id < 5 ORDER BY 1, 2 NULLS FIRST
SELECT dept FROM conf.emp INTERSECT SELECT dept FROM conf.dept EXCEPT SELECT dept FROM conf.dept WHERE region = 'east'
SELECT kind FROM conf.events UNION ALL SELECT tag FROM conf.events WHERE tag IS NOT NULL
SELECT region FROM conf.dept UNION SELECT CAST(NULL AS VARCHAR(10)) FROM conf.dept
SELECT acct, SUM(amount) FROM conf.ledger GROUP BY acct UNION ALL SELECT 'all', SUM(amount) FROM conf.ledger
# --- dates, times and intervals
SELECT id, hired + INTERVAL '1' DAY FROM conf.emp
SELECT id, hired - INTERVAL '30' DAY FROM conf.emp
SELECT id, hired + INTERVAL '2' YEAR FROM conf.emp
SELECT id, hired + INTERVAL '1-6' YEAR TO MONTH FROM conf.emp
SELECT id, hired + INTERVAL '13' MONTH FROM conf.emp
SELECT id FROM conf.emp WHERE hired + INTERVAL '30' DAY < DATE '2021-01-01'
SELECT id FROM conf.emp WHERE hired BETWEEN DATE '2022-01-01' - INTERVAL '1' MONTH AND DATE '2022-01-01' + INTERVAL '1' MONTH
SELECT ts - INTERVAL '30' MINUTE, ts + INTERVAL '1' DAY FROM conf.events WHERE tenant = 2 AND evday = DATE '2026-01-04'
SELECT id, ts + INTERVAL '1:30' HOUR TO MINUTE FROM conf.types
SELECT id, ts + INTERVAL '2 03:04:05' DAY TO SECOND FROM conf.types
SELECT CAST(ts AS DATE), COUNT(*) FROM conf.events GROUP BY CAST(ts AS DATE)
SELECT id, CAST(hired AS TIMESTAMP) + INTERVAL '12' HOUR FROM conf.emp
SELECT EXTRACT(QUARTER FROM hired), COUNT(*) FROM conf.emp GROUP BY EXTRACT(QUARTER FROM hired)
SELECT id, EXTRACT(DOY FROM hired), EXTRACT(DOW FROM hired) FROM conf.emp
SELECT id, EXTRACT(HOUR FROM ts), EXTRACT(MINUTE FROM ts), EXTRACT(SECOND FROM ts) FROM conf.types
SELECT EXTRACT(YEAR FROM ts), EXTRACT(MONTH FROM ts), EXTRACT(DAY FROM ts) FROM conf.events
SELECT id FROM conf.types WHERE dt + INTERVAL '1' YEAR > DATE '2030-06-01'
SELECT COUNT(*) FROM conf.emp WHERE hired > CURRENT_DATE - INTERVAL '100' YEAR
SELECT COUNT(*) FROM conf.emp WHERE hired > CURRENT_DATE
SELECT COUNT(*) FROM conf.events WHERE ts < CURRENT_TIMESTAMP - INTERVAL '1' DAY
# CASE over character literals of different lengths gives a VARCHAR, unpadded, as in H2 and PostgreSQL (CasSqlConformance)
SELECT id, CASE WHEN hired < CURRENT_DATE THEN 'past' ELSE 'future' END FROM conf.emp
SELECT id, CASE WHEN hired < CURRENT_DATE THEN 'past' ELSE 'next' END FROM conf.emp
SELECT COUNT(*) FROM conf.ledger WHERE booked <= CURRENT_DATE
SELECT COUNT(*) FROM conf.dept WHERE EXTRACT(YEAR FROM CURRENT_DATE) >= 2026
SELECT booked, COUNT(*) FROM conf.ledger GROUP BY booked HAVING COUNT(*) > 1
SELECT MIN(booked + INTERVAL '7' DAY), MAX(booked - INTERVAL '7' DAY) FROM conf.ledger
SELECT id, TIMESTAMP '2026-01-01 00:00:00' + INTERVAL '1' HOUR * id FROM conf.types
SELECT id FROM conf.types WHERE CAST(ts AS DATE) = DATE '2026-01-02'
SELECT id, CAST('2026-03-01' AS DATE) - INTERVAL '1' DAY FROM conf.types WHERE id < 3
SELECT id, tm + INTERVAL '20' MINUTE, tm - INTERVAL '30' SECOND FROM conf.types
SELECT tenant, MIN(ts), MAX(ts) FROM conf.events GROUP BY tenant
SELECT id, CASE WHEN dt IS NULL THEN ts ELSE CAST(dt AS TIMESTAMP) END FROM conf.types
# --- CASE, COALESCE, NULLIF
SELECT id, CASE WHEN bonus IS NULL THEN 'none' WHEN bonus > 5 THEN 'high' ELSE 'low' END FROM conf.emp
SELECT id, CASE WHEN bonus IS NULL THEN 'none' WHEN bonus > 5 THEN 'high' ELSE 'lows' END FROM conf.emp
SELECT id, CASE active WHEN TRUE THEN 'y' WHEN FALSE THEN 'n' END FROM conf.emp
SELECT dept, SUM(CASE WHEN active THEN 1 ELSE 0 END), SUM(CASE WHEN salary > 3000 THEN salary ELSE 0 END) FROM conf.emp GROUP BY dept
SELECT COALESCE(region, 'none'), COUNT(*) FROM conf.dept GROUP BY COALESCE(region, 'none')
SELECT id, COALESCE(salary, 0) + COALESCE(bonus, 0) FROM conf.emp
SELECT id, NULLIF(active, TRUE) FROM conf.emp
SELECT id, 100 / NULLIF(MOD(id, 5), 0) FROM conf.emp
SELECT id, COALESCE(t, CAST(i AS VARCHAR(20)), 'none') FROM conf.types
SELECT acct, SUM(CASE WHEN amount > 500000 THEN amount END) FROM conf.ledger GROUP BY acct
SELECT id, CASE WHEN MOD(id, 2) = 0 THEN amount ELSE -amount END FROM conf.ledger
SELECT id, COALESCE(NULLIF(name, 'n7'), '?') FROM conf.emp
SELECT id FROM conf.emp WHERE COALESCE(active, FALSE) = FALSE
SELECT CASE WHEN COUNT(*) > 100 THEN 'many' ELSE 'few' END FROM conf.emp
SELECT id, CASE WHEN salary BETWEEN 1000 AND 2000 THEN 1 WHEN salary BETWEEN 2000 AND 4000 THEN 2 ELSE 3 END FROM conf.emp
SELECT id, CASE WHEN ratio IS NULL THEN rate ELSE ratio END FROM conf.ledger
# --- string functions
SELECT id, UPPER(SUBSTRING(name FROM 1 FOR 1)) || LOWER(SUBSTRING(name FROM 2)) FROM conf.emp
SELECT id, CHAR_LENGTH(name || dept) FROM conf.emp
SELECT id, POSITION('d' IN dept), POSITION('x' IN name) FROM conf.emp
SELECT id, TRIM(name), TRIM(LEADING FROM '  ' || name) FROM conf.emp
SELECT id, OVERLAY(name PLACING 'XY' FROM 2 FOR 1) FROM conf.emp @H2 SELECT id, SUBSTRING(name FROM 1 FOR 1) || 'XY' || SUBSTRING(name FROM 3) FROM conf.emp
SELECT id FROM conf.emp WHERE name LIKE '%1%' AND name NOT LIKE 'n1%'
SELECT id FROM conf.emp WHERE dept || name LIKE 'd1n%'
SELECT id FROM conf.types WHERE t LIKE 'text _'
SELECT id FROM conf.types WHERE UPPER(t) LIKE 'TEXT 3%'
SELECT id FROM conf.emp WHERE name LIKE 'N%'
SELECT id FROM conf.emp WHERE name || '_x' LIKE 'n1%\_x' ESCAPE '\'
SELECT id, SUBSTRING(t FROM 6 FOR 2) FROM conf.types
SELECT DISTINCT UPPER(dept) FROM conf.emp
SELECT name, COUNT(*) FROM conf.emp GROUP BY name HAVING COUNT(*) > 3
SELECT id, LOWER(t) || UPPER(t) FROM conf.types
SELECT id, TRIM(BOTH ' ' FROM '  ' || t || '  ') FROM conf.types
SELECT MIN(t), MAX(t) FROM conf.types
SELECT REPLACE(name, 'n', 'm') FROM conf.emp
SELECT id, SUBSTRING(name, 2) FROM conf.emp
SELECT CAST(' 12 ' AS INTEGER) + flr FROM conf.dept
# --- subqueries: IN, NOT IN with nulls, EXISTS, ALL/ANY, scalar, correlated
SELECT id FROM conf.emp WHERE manager IN (SELECT flr FROM conf.dept)
SELECT id FROM conf.emp WHERE manager NOT IN (SELECT id FROM conf.emp WHERE id < 5) AND dept = 'd0'
SELECT id FROM conf.emp WHERE manager NOT IN (SELECT manager FROM conf.emp WHERE dept = 'd4')
SELECT d.dept, (SELECT MAX(e.salary) FROM conf.emp e WHERE e.dept = d.dept) FROM conf.dept d
SELECT d.dept, (SELECT SUM(amount) FROM conf.ledger) FROM conf.dept d
SELECT id FROM conf.emp e WHERE EXISTS (SELECT 1 FROM conf.emp_vt_skills s WHERE s.dept = e.dept AND s.id = e.id AND s.skills_value = 's3')
SELECT id FROM conf.emp e WHERE NOT EXISTS (SELECT 1 FROM conf.emp_vt_props p WHERE p.dept = e.dept AND p.id = e.id)
SELECT id FROM conf.emp e WHERE salary > (SELECT AVG(CAST(x.salary AS DOUBLE)) FROM conf.emp x WHERE x.dept = e.dept)
SELECT id FROM conf.emp WHERE salary > ALL (SELECT salary FROM conf.emp WHERE dept = 'd0' AND salary IS NOT NULL)
SELECT id FROM conf.emp WHERE salary < ANY (SELECT salary FROM conf.emp WHERE id < 5)
SELECT id FROM conf.emp WHERE (dept, id) IN (SELECT dept, id FROM conf.emp_vt_badges WHERE badges_value = 0)
SELECT id, (SELECT COUNT(*) FROM conf.emp_vt_skills s WHERE s.dept = e.dept AND s.id = e.id) FROM conf.emp e WHERE e.dept = 'd2'
SELECT dept FROM conf.dept WHERE budget > (SELECT SUM(salary) / 10 FROM conf.emp)
SELECT id FROM conf.ledger WHERE amount = (SELECT MAX(amount) FROM conf.ledger)
SELECT acct, id FROM conf.ledger l WHERE amount > (SELECT AVG(CAST(amount AS DOUBLE)) FROM conf.ledger x WHERE x.acct = l.acct)
SELECT id FROM conf.emp WHERE id IN (SELECT id FROM conf.emp_vt_props WHERE props_key = 'p1') AND dept IN (SELECT dept FROM conf.dept WHERE flr = 1)
SELECT t.dept, t.n, d.region FROM (SELECT dept, COUNT(*) AS n FROM conf.emp GROUP BY dept) t JOIN conf.dept d ON t.dept = d.dept
WITH t AS (SELECT acct, SUM(amount) AS s FROM conf.ledger GROUP BY acct) SELECT acct, s FROM t WHERE s > (SELECT AVG(CAST(s AS DOUBLE)) FROM t)
SELECT id FROM conf.emp WHERE EXISTS (SELECT 1 FROM conf.dept WHERE 1=0)
SELECT (SELECT MIN(id) FROM conf.emp), (SELECT MAX(id) FROM conf.types) FROM conf.dept WHERE dept = 'd0'
SELECT id FROM conf.emp e WHERE 2 < (SELECT COUNT(*) FROM conf.emp_vt_badges b WHERE b.dept = e.dept AND b.id = e.id)
# --- joins of base tables and virtual tables: inner, left, right, full (H2 has no FULL JOIN: its reference is LEFT JOIN + unmatched right rows)
SELECT e.id, s.skills_value FROM conf.emp e LEFT JOIN conf.emp_vt_skills s ON e.dept = s.dept AND e.id = s.id AND s.skills_index = 0
SELECT e.name, b.id, b.badges_value FROM conf.emp e RIGHT JOIN conf.emp_vt_badges b ON e.dept = b.dept AND e.id = b.id AND e.active
SELECT d.dept, e.id FROM conf.dept d FULL JOIN (SELECT dept, id FROM conf.emp WHERE id < 12) e ON d.dept = e.dept AND d.flr = 1 @H2 SELECT d.dept, e.id FROM conf.dept d LEFT JOIN (SELECT dept, id FROM conf.emp WHERE id < 12) e ON d.dept = e.dept AND d.flr = 1 UNION ALL SELECT d.dept, e.id FROM conf.dept d RIGHT JOIN (SELECT dept, id FROM conf.emp WHERE id < 12) e ON d.dept = e.dept AND d.flr = 1 WHERE d.dept IS NULL
SELECT s.id, s.skills_value, p.props_key FROM (SELECT * FROM conf.emp_vt_skills WHERE dept = 'd1') s FULL OUTER JOIN (SELECT * FROM conf.emp_vt_props WHERE dept = 'd1') p ON s.id = p.id AND s.skills_index = 0 @H2 SELECT s.id, s.skills_value, p.props_key FROM (SELECT * FROM conf.emp_vt_skills WHERE dept = 'd1') s LEFT JOIN (SELECT * FROM conf.emp_vt_props WHERE dept = 'd1') p ON s.id = p.id AND s.skills_index = 0 UNION ALL SELECT s.id, s.skills_value, p.props_key FROM (SELECT * FROM conf.emp_vt_skills WHERE dept = 'd1') s RIGHT JOIN (SELECT * FROM conf.emp_vt_props WHERE dept = 'd1') p ON s.id = p.id AND s.skills_index = 0 WHERE s.id IS NULL
SELECT e.id, t.id FROM (SELECT id FROM conf.emp WHERE dept = 'd0' AND id < 60) e FULL JOIN (SELECT id FROM conf.types WHERE id > 20) t ON e.id = t.id @H2 SELECT e.id, t.id FROM (SELECT id FROM conf.emp WHERE dept = 'd0' AND id < 60) e LEFT JOIN (SELECT id FROM conf.types WHERE id > 20) t ON e.id = t.id UNION ALL SELECT e.id, t.id FROM (SELECT id FROM conf.emp WHERE dept = 'd0' AND id < 60) e RIGHT JOIN (SELECT id FROM conf.types WHERE id > 20) t ON e.id = t.id WHERE e.id IS NULL
SELECT e.id, l.amount FROM conf.emp e JOIN conf.ledger l ON e.id = l.id WHERE e.dept = 'd3'
SELECT l.acct, d.region, SUM(l.amount) FROM conf.ledger l JOIN conf.emp e ON l.id = e.id JOIN conf.dept d ON e.dept = d.dept GROUP BY l.acct, d.region
SELECT b.badges_value, COUNT(DISTINCT s.skills_value) FROM conf.emp_vt_badges b JOIN conf.emp_vt_skills s ON b.dept = s.dept AND b.id = s.id GROUP BY b.badges_value
SELECT p.props_key, d.region, SUM(p.props_value) FROM conf.emp_vt_props p JOIN conf.dept d ON p.dept = d.dept GROUP BY p.props_key, d.region
SELECT e.id, m.name FROM conf.emp e LEFT JOIN conf.emp m ON e.manager = m.id AND m.dept = 'd1' WHERE e.dept = 'd2'
SELECT a.id, b.id FROM conf.types a JOIN conf.types b ON a.id < b.id AND b.id - a.id = 1
SELECT e.id, d.dept FROM conf.emp e JOIN conf.dept d ON e.manager = d.flr + 1 WHERE e.id < 20
SELECT e.id, t.id FROM conf.emp e JOIN conf.types t ON e.hired = t.dt
SELECT e.dept, v.tenant, COUNT(*) FROM conf.emp e JOIN conf.events v ON e.manager = v.tenant AND e.id = v.qty GROUP BY e.dept, v.tenant
SELECT d.dept, COUNT(b.badges_value) FROM conf.dept d LEFT JOIN conf.emp_vt_badges b ON d.dept = b.dept GROUP BY d.dept
SELECT s.skills_value, p.props_key FROM conf.emp_vt_skills s RIGHT JOIN conf.emp_vt_props p ON s.dept = p.dept AND s.id = p.id WHERE p.id < 20
SELECT dept, e.id, d.region FROM conf.emp e JOIN conf.dept d USING (dept) WHERE e.id < 15 @H2 SELECT e.dept, e.id, d.region FROM conf.emp e JOIN conf.dept d ON e.dept = d.dept WHERE e.id < 15
SELECT COUNT(*) FROM conf.emp NATURAL JOIN conf.dept
SELECT b.dept, b.id, b.badges_value, l.amount FROM conf.emp_vt_badges b JOIN conf.ledger l ON b.id = l.id WHERE b.badges_value = 2
SELECT e.id, p.props_value, l.units FROM conf.emp e LEFT JOIN conf.emp_vt_props p ON e.dept = p.dept AND e.id = p.id AND p.props_key = 'p0' LEFT JOIN conf.ledger l ON l.id = p.props_value WHERE e.dept = 'd4'
SELECT d.region, COUNT(DISTINCT s.skills_value) FROM conf.dept d JOIN conf.emp_vt_skills s ON d.dept = s.dept GROUP BY d.region
# --- HAVING, DISTINCT, LIMIT/OFFSET with ORDER BY
SELECT acct, SUM(amount) FROM conf.ledger GROUP BY acct HAVING SUM(amount) > 40000000
SELECT dept, AVG(CAST(salary AS DOUBLE)) FROM conf.emp GROUP BY dept HAVING MIN(salary) > 1000
SELECT manager, COUNT(*) FROM conf.emp GROUP BY manager HAVING COUNT(*) BETWEEN 20 AND 30
SELECT kind FROM conf.events GROUP BY kind HAVING SUM(qty) > 0 AND COUNT(tag) > 100
SELECT tenant, evday FROM conf.events GROUP BY tenant, evday HAVING MAX(price) - MIN(price) > 40
SELECT skills_value, COUNT(*) FROM conf.emp_vt_skills GROUP BY skills_value HAVING COUNT(DISTINCT dept) = 6
SELECT dept FROM conf.emp GROUP BY dept HAVING SUM(CASE WHEN active THEN 1 ELSE 0 END) > 10
SELECT COUNT(*) FROM conf.emp HAVING COUNT(*) > 0
SELECT DISTINCT acct FROM conf.ledger
SELECT DISTINCT tenant, evday FROM conf.events
SELECT DISTINCT EXTRACT(YEAR FROM hired) FROM conf.emp
SELECT DISTINCT bonus FROM conf.emp
SELECT DISTINCT skills_value, skills_index FROM conf.emp_vt_skills
SELECT DISTINCT region, flr FROM conf.dept ORDER BY region NULLS LAST, flr
SELECT DISTINCT dept FROM conf.emp ORDER BY dept DESC
SELECT DISTINCT t.bo FROM conf.types t
SELECT id, name FROM conf.emp ORDER BY id LIMIT 10 OFFSET 20
SELECT id FROM conf.emp ORDER BY id DESC LIMIT 5 OFFSET 235
SELECT id FROM conf.emp ORDER BY id OFFSET 238 ROWS FETCH NEXT 10 ROWS ONLY
SELECT id FROM conf.emp ORDER BY id LIMIT 300
SELECT dept, id FROM conf.emp ORDER BY dept, id LIMIT 5 OFFSET 50
SELECT acct, id, amount FROM conf.ledger ORDER BY amount DESC NULLS LAST, id LIMIT 10
SELECT ts, kind, tenant FROM conf.events ORDER BY ts, kind, tenant LIMIT 20
SELECT id FROM conf.emp WHERE dept = 'd5' ORDER BY id OFFSET 10 ROWS
SELECT dept, SUM(salary) FROM conf.emp GROUP BY dept ORDER BY SUM(salary) DESC, dept LIMIT 3
# --- every type in expressions and casts
SELECT id, CAST(i AS BIGINT) * b FROM conf.types
SELECT id, s + ti, CAST(s AS INTEGER) * 1000 FROM conf.types
SELECT id, d + f, d * dc FROM conf.types
SELECT id, CAST(dc AS DOUBLE), CAST(d AS DECIMAL(10, 4)), CAST(f AS DOUBLE) FROM conf.types
SELECT id, CAST(b AS VARCHAR(30)), CAST(i AS VARCHAR(10)) FROM conf.types
SELECT id, CAST(dt AS VARCHAR(10)), CAST(tm AS VARCHAR(8)) FROM conf.types
# a timestamp is TIMESTAMP(3) in SQL mode: its text keeps the milliseconds
SELECT id, CAST(ts AS VARCHAR(30)) FROM conf.types
SELECT id, u FROM conf.types WHERE u = '00000000-0000-0003-0000-00000000005d'
SELECT id, dc + 1000000000, dc * 10000000 FROM conf.types
# --- what BI tools generate around them: quoted aliases, GROUP BY an alias, ORDER BY an aggregate, IS [NOT] DISTINCT FROM, IS TRUE/UNKNOWN
SELECT CAST(dept AS VARCHAR(10)) AS "dept", SUM(CAST(1 AS BIGINT)) AS "sum:Number of Records:ok" FROM conf.emp GROUP BY dept
SELECT MOD(id, 4) AS m, COUNT(*) FROM conf.emp GROUP BY m ORDER BY m
SELECT dept, COUNT(*) FROM conf.emp GROUP BY dept ORDER BY COUNT(*) DESC, dept
SELECT id FROM conf.emp WHERE manager IS DISTINCT FROM 3
SELECT id FROM conf.emp WHERE manager IS NOT DISTINCT FROM NULL
SELECT id FROM conf.emp WHERE active IS NOT FALSE
SELECT id FROM conf.emp WHERE active IS UNKNOWN
SELECT id FROM conf.types WHERE bo IS TRUE
SELECT 'it''s ' || name FROM conf.emp
SELECT id, name || NULL FROM conf.emp WHERE id < 10
SELECT id, CAST(bonus AS DECIMAL(10, 1)) FROM conf.emp
SELECT COUNT(*) FROM conf.emp WHERE 1=1
