-- Analysis is SQL: views over the warehouse, recreated on every run.
-- They look at the documents of the latest run only (the edition being built).

CREATE OR REPLACE MACRO measure_cn(m) AS
    CASE m WHEN 'new' THEN '新增' WHEN 'cumulative' THEN '累计' WHEN 'coverage' THEN '覆盖'
           WHEN 'conversion' THEN '改造' WHEN 'rate' THEN '比率' ELSE m END;

CREATE OR REPLACE VIEW current_figures AS
SELECT f.*, i.name AS indicator_name, i.indicator_group, i.is_rate,
       d.file_name, d.issuer, d.level, d.district, d.district_code, d.document_number, d.issue_date,
       CAST(NULL AS VARCHAR) AS flag
FROM figures f
JOIN documents d USING (content_hash)
JOIN indicators i USING (indicator_id)
WHERE f.content_hash IN (
    SELECT content_hash FROM run_documents WHERE run_id = (SELECT max(run_id) FROM run_documents));

-- One municipal goal per indicator, year, measure and unit. Two different municipal figures for the
-- same key are a conflict (see conflicts): both are kept and no share is computed against either.
CREATE OR REPLACE VIEW municipal_goals AS
SELECT indicator_id, any_value(indicator_name) AS indicator_name, year, measure, unit,
       min(value) AS goal, count(DISTINCT value) AS distinct_values,
       string_agg(DISTINCT evidence, ' / ') AS evidence
FROM current_figures
WHERE level = 'municipal' AND kind = 'target' AND measure <> 'rate'
GROUP BY indicator_id, year, measure, unit;

CREATE OR REPLACE VIEW conflicts AS
SELECT issuer, indicator_id, any_value(indicator_name) AS indicator_name, kind, year, measure, unit,
       count(DISTINCT value) AS distinct_values,
       string_agg(DISTINCT CAST(value AS VARCHAR) || '（' || file_name || '）', '；') AS figures
FROM current_figures
GROUP BY issuer, indicator_id, kind, year, measure, unit
HAVING count(DISTINCT value) > 1 AND count(DISTINCT content_hash) > 1;

-- Each district target beside the municipal goal of the same indicator and year.
-- A share only where measure and unit agree; otherwise the reason it is not comparable.
CREATE OR REPLACE VIEW district_shares AS
WITH district_targets AS (
    SELECT * FROM current_figures WHERE level = 'district' AND kind = 'target' AND measure <> 'rate'
),
goal_keys AS (
    SELECT indicator_id, year, count(*) AS goal_count FROM municipal_goals GROUP BY indicator_id, year
),
matched AS (
    SELECT t.*, g.goal, g.distinct_values, g.measure AS goal_measure, g.unit AS goal_unit
    FROM district_targets t
    LEFT JOIN municipal_goals g
           ON g.indicator_id = t.indicator_id AND g.year = t.year AND g.measure = t.measure AND g.unit = t.unit
),
any_goal AS (
    SELECT DISTINCT ON (indicator_id, year) indicator_id, year, measure AS goal_measure, unit AS goal_unit, goal
    FROM municipal_goals ORDER BY indicator_id, year, measure, unit
)
SELECT m.district, m.district_code, m.indicator_id, m.indicator_name, m.year, m.value, m.value_max,
       m.unit, m.measure, m.qualifier, m.evidence, m.file_name,
       coalesce(m.goal, a.goal) AS municipal_goal,
       coalesce(m.goal_measure, a.goal_measure) AS municipal_measure,
       coalesce(m.goal_unit, a.goal_unit) AS municipal_unit,
       CASE WHEN m.goal IS NOT NULL AND m.distinct_values = 1 AND m.goal > 0
            THEN CAST(m.value AS DOUBLE) / CAST(m.goal AS DOUBLE) END AS share,
       CASE
           WHEN m.goal IS NOT NULL AND m.distinct_values > 1 THEN '市级目标存在冲突'
           WHEN m.goal IS NOT NULL THEN NULL
           WHEN a.goal IS NULL THEN '市级无对应量化目标'
           WHEN a.goal_measure <> m.measure AND a.goal_unit <> m.unit THEN
               '口径与单位均不同：区为' || measure_cn(m.measure) || '（' || m.unit || '），市为' ||
               measure_cn(a.goal_measure) || '（' || a.goal_unit || '）'
           WHEN a.goal_measure <> m.measure THEN
               '口径不同：区为' || measure_cn(m.measure) || '，市为' || measure_cn(a.goal_measure)
           ELSE '单位不同：区按' || m.unit || '，市按' || a.goal_unit
       END AS not_comparable_reason
FROM matched m
LEFT JOIN any_goal a ON a.indicator_id = m.indicator_id AND a.year = m.year;

-- For every municipal goal: what the districts with documents carry together, and what is left for the others.
CREATE OR REPLACE VIEW goal_coverage AS
WITH district_count AS (
    SELECT count(DISTINCT district) AS n FROM current_figures WHERE level = 'district'
),
comparable AS (
    SELECT indicator_id, year, measure, unit, sum(value) AS district_sum, count(*) AS districts
    FROM district_shares WHERE share IS NOT NULL
    GROUP BY indicator_id, year, measure, unit
)
SELECT g.indicator_id, g.indicator_name, g.year, g.measure, g.unit, g.goal,
       coalesce(c.district_sum, 0) AS district_sum,
       coalesce(c.districts, 0) AS comparable_districts,
       CAST(coalesce(c.district_sum, 0) AS DOUBLE) / CAST(g.goal AS DOUBLE) AS share_sum,
       g.goal - coalesce(c.district_sum, 0) AS remaining,
       16 - dc.n AS districts_without_document,
       CASE WHEN 16 - dc.n > 0
            THEN CAST(g.goal - coalesce(c.district_sum, 0) AS DOUBLE) / (16 - dc.n) END AS remaining_per_district
FROM municipal_goals g
CROSS JOIN district_count dc
LEFT JOIN comparable c USING (indicator_id, year, measure, unit)
WHERE g.distinct_values = 1 AND g.goal > 0;

-- Rate targets: each district's beside the municipal target and the municipal result of the year before.
CREATE OR REPLACE VIEW rate_comparison AS
WITH rates AS (SELECT * FROM current_figures WHERE measure = 'rate'),
municipal_target AS (
    SELECT indicator_id, year, min(value) AS value, any_value(qualifier) AS qualifier
    FROM rates WHERE level = 'municipal' AND kind = 'target' GROUP BY indicator_id, year
),
municipal_actual AS (
    SELECT indicator_id, year, min(value) AS value, any_value(qualifier) AS qualifier
    FROM rates WHERE level = 'municipal' AND kind = 'actual' GROUP BY indicator_id, year
)
SELECT r.district, r.district_code, r.indicator_id, r.indicator_name, r.year,
       r.value AS district_rate, r.qualifier AS district_qualifier, r.evidence, r.file_name,
       mt.value AS municipal_rate, mt.qualifier AS municipal_qualifier,
       ma.value AS previous_actual, ma.qualifier AS previous_qualifier, ma.year AS previous_year,
       r.value - mt.value AS gap_points
FROM rates r
LEFT JOIN municipal_target mt ON mt.indicator_id = r.indicator_id AND mt.year = r.year
LEFT JOIN municipal_actual ma ON ma.indicator_id = r.indicator_id AND ma.year = r.year - 1
WHERE r.level = 'district' AND r.kind = 'target';

-- The city's goals for a year beside its results of the year before (工作总结), e.g. 3000 new 养老床位
-- planned after 4385 built. A ratio only where measure and unit agree and the figure is a count: for rates
-- the comparison is the gap in percentage points, never a ratio of percentages.
CREATE OR REPLACE VIEW year_on_year AS
WITH targets AS (
    SELECT indicator_id, any_value(indicator_name) AS indicator_name, year, measure, unit, min(value) AS value
    FROM current_figures WHERE level = 'municipal' AND kind = 'target'
    GROUP BY indicator_id, year, measure, unit
),
actuals AS (
    SELECT indicator_id, year, measure, unit, min(value) AS value, any_value(qualifier) AS qualifier
    FROM current_figures WHERE level = 'municipal' AND kind = 'actual'
    GROUP BY indicator_id, year, measure, unit
)
SELECT t.indicator_id, t.indicator_name, t.year, t.measure, t.unit, t.value AS target,
       a.year AS previous_year, a.measure AS previous_measure, a.unit AS previous_unit, a.value AS previous_actual,
       a.qualifier AS previous_qualifier,
       CASE WHEN a.measure = t.measure AND a.unit = t.unit AND a.value > 0 AND t.measure <> 'rate'
            THEN CAST(t.value AS DOUBLE) / CAST(a.value AS DOUBLE) END AS ratio
FROM targets t
JOIN actuals a ON a.indicator_id = t.indicator_id AND a.year = t.year - 1
ORDER BY t.indicator_id;

-- Monthly progress. The current report of a district and month is its latest import.
CREATE OR REPLACE VIEW progress_current AS
SELECT i.district_code, i.month, v.indicator_id, v.target, v.unit, v.completed, v.remark, v.flagged, i.source_file
FROM progress_values v JOIN progress_imports i USING (import_id)
WHERE i.import_id = (SELECT max(import_id) FROM progress_imports l WHERE l.district_code = i.district_code AND l.month = i.month);

-- Every district count target of the edition, with its report for the month (or none: 未报送), the completion
-- rate, the time elapsed (month / 12) and the status against the thresholds (percentage points).
CREATE OR REPLACE MACRO progress_status(report_month, ahead_points, behind_points) AS TABLE
WITH targets AS (
    SELECT district, district_code, indicator_id, indicator_name, value AS target, unit, start_offset
    FROM current_figures WHERE level = 'district' AND kind = 'target' AND measure <> 'rate'
),
joined AS (
    SELECT t.*, p.completed, p.remark, coalesce(p.flagged, false) AS flagged,
           CAST(split_part(report_month, '-', 2) AS INTEGER) / 12.0 AS elapsed
    FROM targets t
    LEFT JOIN progress_current p
           ON p.district_code = t.district_code AND p.indicator_id = t.indicator_id AND p.month = report_month
)
SELECT district, district_code, indicator_id, indicator_name, target, unit, completed, remark, flagged, elapsed,
       CASE WHEN completed IS NOT NULL AND target > 0 THEN CAST(completed AS DOUBLE) / CAST(target AS DOUBLE) END AS completion,
       CASE WHEN completed IS NULL THEN '未报送'
            WHEN (CAST(completed AS DOUBLE) / CAST(target AS DOUBLE) - elapsed) * 100 >= ahead_points THEN '超前'
            WHEN (elapsed - CAST(completed AS DOUBLE) / CAST(target AS DOUBLE)) * 100 >= behind_points THEN '滞后'
            ELSE '正常' END AS status
FROM joined
ORDER BY district_code, start_offset;

-- Average completion of the reported targets, per district and month, up to the report month: the trend.
CREATE OR REPLACE VIEW progress_trend AS
SELECT f.district, p.district_code, p.month,
       avg(CAST(p.completed AS DOUBLE) / CAST(p.target AS DOUBLE)) AS average_completion,
       count(*) AS reported
FROM progress_current p
JOIN (SELECT DISTINCT district, district_code FROM current_figures WHERE level = 'district') f USING (district_code)
WHERE p.completed IS NOT NULL AND p.target > 0
GROUP BY f.district, p.district_code, p.month
ORDER BY p.district_code, p.month;
