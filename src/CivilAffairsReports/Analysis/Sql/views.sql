-- Analysis is SQL: views over the warehouse, made on every run as the connection's own (TEMP: nothing is stored in the
-- warehouse file for them). They look at the documents of the latest run only (the edition being built).
-- The five that many others read (document_regions, current_figures, district_shares, counted_shares, goal_coverage)
-- are temporary tables, computed once per run: as views every later query recomputed them (1.5 s of analysis on the
-- seeds, 0.4 s as tables, the same rows). Run this file on a connection to query the views.

CREATE OR REPLACE TEMP MACRO measure_cn(m) AS
    CASE m WHEN 'new' THEN '新增' WHEN 'cumulative' THEN '累计' WHEN 'coverage' THEN '覆盖'
           WHEN 'conversion' THEN '改造' WHEN 'rate' THEN '比率' ELSE m END;

-- Each document of the edition and the GB/T 2260 region it speaks for, at any level (province, prefecture, county),
-- with the region whose goals it shares (parent_code, from the codes). Rows loaded before region_code existed fall back
-- to the district code, else to the longest region name the issuer starts with (上海市民政局 → 310000).
CREATE OR REPLACE TEMP TABLE document_regions AS
WITH coded AS (
    SELECT d.content_hash, coalesce(d.region_code, d.district_code) AS code, d.issuer
    FROM documents d WHERE d.content_hash IN (SELECT content_hash FROM current_documents)
),
by_issuer AS (
    SELECT c.content_hash, arg_max(x.code, length(x.name)) AS code
    FROM coded c JOIN regions x ON starts_with(c.issuer, x.name)
    WHERE c.code IS NULL
    GROUP BY c.content_hash
)
SELECT c.content_hash, r.code AS region_code, r.name AS region_name, r.level AS region_level, r.parent_code
FROM coded c
LEFT JOIN by_issuer b USING (content_hash)
JOIN regions r ON r.code = coalesce(c.code, b.code);

CREATE OR REPLACE TEMP TABLE current_figures AS
SELECT f.*, i.name AS indicator_name, i.indicator_group, i.is_rate,
       d.file_name, d.issuer, d.level, d.district, d.district_code, d.document_number, d.issue_date,
       dr.region_code, dr.region_name, dr.parent_code
FROM figures f
JOIN documents d USING (content_hash)
JOIN indicators i USING (indicator_id)
LEFT JOIN document_regions dr USING (content_hash)
WHERE f.content_hash IN (SELECT content_hash FROM current_documents);

-- A child: a document's region whose parent region has a document in the edition, or a county (a district's plan
-- is set against its city's even when the city's plan is missing). 杭州 districts → 330100, Shanghai's → 310000.
CREATE OR REPLACE TEMP VIEW child_documents AS
SELECT * FROM document_regions
WHERE parent_code IS NOT NULL
  AND (region_level = 'county' OR parent_code IN (SELECT region_code FROM document_regions));

-- The parents whose goals are shared among their children, at every level: every parent of a child document, and
-- every region with a document that is nobody's child (a city's plan with no district's yet still has its goals).
CREATE OR REPLACE TEMP VIEW parent_regions AS
SELECT r.code, r.name, r.parent_code, r.level,
       EXISTS (SELECT 1 FROM child_documents c WHERE c.parent_code = r.code) AS has_child_documents,
       r.parent_code IS NULL OR r.parent_code NOT IN (SELECT parent_code FROM child_documents) AS is_top
FROM regions r
WHERE r.code IN (SELECT parent_code FROM child_documents)
   OR r.code IN (SELECT region_code FROM document_regions WHERE region_level <> 'county'
                 AND content_hash NOT IN (SELECT content_hash FROM child_documents));

-- Every figure of the edition for the downloads, catalogued or not: a figure outside the catalog is named by
-- the phrase as written and flagged 待编目; one from a document whose metadata was inferred is flagged 待确认.
CREATE OR REPLACE TEMP VIEW published_figures AS
SELECT f.*, coalesce(i.name, f.indicator_written) AS indicator_name,
       d.file_name, d.issuer, d.level, d.district, d.district_code, d.document_number,
       nullif(concat_ws('；', CASE WHEN i.indicator_id IS NULL THEN '待编目' END,
                              CASE WHEN d.unconfirmed IS NOT NULL THEN '待确认' END), '') AS flag
FROM figures f
JOIN documents d USING (content_hash)
LEFT JOIN indicators i USING (indicator_id)
WHERE f.content_hash IN (SELECT content_hash FROM current_documents);

-- The plan's clock: the edition's plan year is the newest year a parent (a city, a province) set targets for (any
-- document's if no parent's); the progress month is the latest month of that year any district reported.
CREATE OR REPLACE TEMP VIEW plan_clock AS
WITH plan AS (
    SELECT coalesce(max(year) FILTER (WHERE region_code IN (SELECT code FROM parent_regions)), max(year)) AS plan_year
    FROM current_figures WHERE kind = 'target'
)
SELECT p.plan_year,
       (SELECT max(i.month) FROM progress_imports i JOIN progress_values v USING (import_id)
        WHERE v.completed IS NOT NULL AND CAST(left(i.month, 4) AS INTEGER) = p.plan_year) AS latest_reported_month
FROM plan p;

-- Every child region of every parent (GB/T 2260), whether it sent a document or not: never a fixed count.
CREATE OR REPLACE TEMP VIEW child_regions AS
SELECT r.code, r.name, r.parent_code FROM regions r WHERE r.parent_code IN (SELECT code FROM parent_regions);

-- Whether each indicator applies to each child region (乡村… only where there are rural towns): no
-- applicability row for an indicator means it applies everywhere.
CREATE OR REPLACE TEMP VIEW indicator_regions AS
SELECT i.indicator_id, c.code AS region_code, c.name AS region_name, c.parent_code,
       (NOT EXISTS (SELECT 1 FROM indicator_applicability a WHERE a.indicator_id = i.indicator_id)
        OR EXISTS (SELECT 1 FROM indicator_applicability a WHERE a.indicator_id = i.indicator_id AND a.region_code = c.code)) AS applicable,
       (SELECT any_value(a.reason) FROM indicator_applicability a WHERE a.indicator_id = i.indicator_id) AS applicability_reason
FROM indicators i CROSS JOIN child_regions c;

-- One goal per parent region, indicator, year, measure and unit (a city's for its districts, a province's for its
-- cities). Two different figures of one parent for the same key are a conflict (see conflicts): both are kept and
-- no share is computed against either.
CREATE OR REPLACE TEMP VIEW parent_goals AS
SELECT region_code AS parent_code, indicator_id, any_value(indicator_name) AS indicator_name, year, measure, unit,
       min(value) AS goal, any_value(value_max) AS goal_max, any_value(qualifier) AS qualifier,
       count(DISTINCT value) AS distinct_values, min(start_offset) AS first_offset,
       string_agg(DISTINCT evidence, ' / ') AS evidence
FROM current_figures
WHERE region_code IN (SELECT code FROM parent_regions) AND kind = 'target' AND measure <> 'rate'
GROUP BY region_code, indicator_id, year, measure, unit;

-- The goals of the top parent when there is one (Shanghai's municipal goals), for readers written before levels.
CREATE OR REPLACE TEMP VIEW municipal_goals AS
SELECT * FROM parent_goals WHERE parent_code IN (SELECT code FROM parent_regions WHERE is_top);

CREATE OR REPLACE TEMP VIEW conflicts AS
SELECT issuer, indicator_id, any_value(indicator_name) AS indicator_name, kind, year, measure, unit,
       count(DISTINCT value) AS distinct_values,
       string_agg(DISTINCT CAST(value AS VARCHAR) || '（' || file_name || '）', '；') AS figures
FROM current_figures
GROUP BY issuer, indicator_id, kind, year, measure, unit
HAVING count(DISTINCT value) > 1 AND count(DISTINCT content_hash) > 1;

-- Every child's count targets, named and coded by the child's region at any level (a county or a city).
CREATE OR REPLACE TEMP VIEW district_targets AS
SELECT f.* REPLACE (coalesce(f.district, f.region_name) AS district, f.region_code AS district_code)
FROM current_figures f
WHERE f.content_hash IN (SELECT content_hash FROM child_documents) AND f.kind = 'target' AND f.measure <> 'rate';

-- A reviewed rule (comparability_rules) applies to a district figure and a goal. Fields a rule leaves empty match
-- anything, except that a comparable rule naming neither side's measure (or unit) still needs them to agree.
CREATE OR REPLACE TEMP MACRO rule_applies(r, t_indicator, t_measure, t_unit, g_indicator, g_measure, g_unit) AS
    coalesce(r.goal_indicator_id, t_indicator) = g_indicator
    AND (r.indicator_id = t_indicator OR (r.indicator_id IS NULL AND (NOT r.comparable OR t_indicator = g_indicator)))
    AND coalesce(r.measure, t_measure) = t_measure AND coalesce(r.goal_measure, g_measure) = g_measure
    AND (NOT r.comparable OR r.measure IS NOT NULL OR r.goal_measure IS NOT NULL OR t_measure = g_measure)
    AND coalesce(r.unit, t_unit) = t_unit AND coalesce(r.goal_unit, g_unit) = g_unit
    AND (NOT r.comparable OR r.unit IS NOT NULL OR r.goal_unit IS NOT NULL OR t_unit = g_unit);

-- Every district figure beside each municipal goal it could be set against, and how: the same measure and unit,
-- a reviewed rule that allows it, a rule that refuses it, or different. The best pairing is kept per figure.
CREATE OR REPLACE TEMP VIEW goal_pairings AS
WITH pairs AS (
    SELECT t.content_hash, t.seq, t.indicator_id AS figure_indicator_id, t.measure AS figure_measure, t.unit AS figure_unit,
           g.indicator_id AS goal_indicator_id, g.indicator_name AS goal_indicator_name,
           g.measure AS goal_measure, g.unit AS goal_unit, g.goal, g.distinct_values,
           g.indicator_id = t.indicator_id AND g.measure = t.measure AND g.unit = t.unit AS same_key
    FROM district_targets t
    JOIN parent_goals g ON g.year = t.year AND g.parent_code = t.parent_code
),
-- The rules that apply to each pair, found by one join (as correlated subqueries per pair they took 0.2 s to plan).
ruled AS (
    SELECT p.content_hash, p.seq, p.goal_indicator_id, p.goal_measure, p.goal_unit,
           min(r.rule_id) FILTER (WHERE NOT r.comparable) AS refused_by,
           min(r.rule_id) FILTER (WHERE r.comparable) AS allowed_by
    FROM pairs p
    JOIN comparability_rules r
      ON rule_applies(r, p.figure_indicator_id, p.figure_measure, p.figure_unit, p.goal_indicator_id, p.goal_measure, p.goal_unit)
    GROUP BY ALL
),
candidates AS (
    SELECT p.content_hash, p.seq, p.figure_indicator_id, p.goal_indicator_id, p.goal_indicator_name, p.goal_measure,
           p.goal_unit, p.goal, p.distinct_values, ruled.refused_by, ruled.allowed_by, p.same_key
    FROM pairs p
    LEFT JOIN ruled USING (content_hash, seq, goal_indicator_id, goal_measure, goal_unit)
),
classified AS (
    SELECT *, CASE WHEN refused_by IS NOT NULL THEN 'refused' WHEN same_key THEN 'same'
                   WHEN allowed_by IS NOT NULL THEN 'rule' ELSE 'different' END AS relation
    FROM candidates
    WHERE same_key OR allowed_by IS NOT NULL OR refused_by IS NOT NULL
       OR goal_indicator_id = figure_indicator_id
)
SELECT c.*, coalesce(c.refused_by, CASE WHEN c.relation = 'rule' THEN c.allowed_by END) AS rule_id
FROM classified c
QUALIFY row_number() OVER (PARTITION BY content_hash, seq
    ORDER BY CASE relation WHEN 'same' THEN 0 WHEN 'rule' THEN 1 WHEN 'refused' THEN 2 ELSE 3 END, goal_measure, goal_unit) = 1;

-- Each child's target beside its parent's goal it counts toward (columns keep the names of the city-district case). A share where measure and unit agree or a
-- reviewed rule allows it (rule_id, rule_reason say which); otherwise the reason it is not comparable.
CREATE OR REPLACE TEMP TABLE district_shares AS
SELECT t.district, t.district_code, t.indicator_id, t.indicator_name, t.year, t.value, t.value_max,
       t.unit, t.measure, t.qualifier, t.evidence, t.file_name,
       p.goal AS municipal_goal, p.goal_measure AS municipal_measure, p.goal_unit AS municipal_unit,
       CASE WHEN p.relation IN ('same', 'rule') AND p.distinct_values = 1 AND p.goal > 0 AND cc.district_code IS NULL
            THEN CAST(t.value AS DOUBLE) / CAST(p.goal AS DOUBLE) END AS share,
       CASE
           WHEN p.goal IS NULL THEN w.level_word || '无对应量化目标'
           WHEN cc.district_code IS NOT NULL THEN w.child_level_word || '目标存在冲突：同一地区两份文件数字不同'
           WHEN p.relation IN ('same', 'rule') AND p.distinct_values > 1 THEN w.level_word || '目标存在冲突'
           WHEN p.relation IN ('same', 'rule') THEN NULL
           WHEN p.relation = 'refused' THEN r.reason || coalesce(r.instead, '')
           WHEN p.goal_measure <> t.measure AND p.goal_unit <> t.unit THEN
               '口径与单位均不同：' || w.child_unit_word || '为' || measure_cn(t.measure) || '（' || t.unit || '），' || w.unit_word || '为' ||
               measure_cn(p.goal_measure) || '（' || p.goal_unit || '）'
           WHEN p.goal_measure <> t.measure THEN
               '口径不同：' || w.child_unit_word || '为' || measure_cn(t.measure) || '，' || w.unit_word || '为' || measure_cn(p.goal_measure)
           ELSE '单位不同：' || w.child_unit_word || '按' || t.unit || '，' || w.unit_word || '按' || p.goal_unit
       END AS not_comparable_reason,
       coalesce(p.goal_indicator_id, t.indicator_id) AS goal_indicator_id,
       coalesce(p.goal_indicator_name, t.indicator_name) AS goal_indicator_name,
       p.rule_id, r.name AS rule_name, r.reason AS rule_reason, t.parent_code, t.content_hash
FROM district_targets t
LEFT JOIN goal_pairings p USING (content_hash, seq)
LEFT JOIN comparability_rules r ON r.rule_id = p.rule_id
LEFT JOIN regions w ON w.code = t.parent_code -- the parent's words: 市级 / 区级, or 省级 / 市级 for a province
-- one child's two documents (a plan and a task notice) giving different figures: a conflict, no share from either
LEFT JOIN (SELECT district_code, indicator_id, year, measure, unit FROM district_targets GROUP BY ALL
           HAVING count(DISTINCT value) > 1 AND count(DISTINCT content_hash) > 1) cc
       ON cc.district_code = t.district_code AND cc.indicator_id = t.indicator_id AND cc.year = t.year
      AND cc.measure = t.measure AND cc.unit = t.unit;

-- What a child counts toward its parent's goals: a figure its plan and its task notice both state is counted once
-- (the figures of one document per child and figure key; the documents agree, else district_shares has no share).
CREATE OR REPLACE TEMP TABLE counted_shares AS
SELECT * FROM district_shares
QUALIFY dense_rank() OVER (PARTITION BY district_code, goal_indicator_id, year, municipal_measure, municipal_unit,
                                        indicator_id, measure, unit ORDER BY content_hash) = 1;

-- For every parent's goal: what the children with a comparable figure carry together, and what is left for the
-- others: the applicable child regions (from the region codes and indicator_applicability) without a comparable
-- figure. No share and no remainder when no child is comparable with a cumulative goal: never a 0% row.
CREATE OR REPLACE TEMP TABLE goal_coverage AS
WITH shared AS MATERIALIZED (
    SELECT parent_code, district_code, goal_indicator_id AS indicator_id, year, municipal_measure AS measure,
           municipal_unit AS unit, value
    FROM counted_shares WHERE share IS NOT NULL
),
comparable AS (
    SELECT parent_code, indicator_id, year, measure, unit,
           sum(value) AS district_sum, count(DISTINCT district_code) AS districts
    FROM shared
    GROUP BY ALL
),
comparable_children AS (
    SELECT DISTINCT district_code, indicator_id, year, measure, unit FROM shared
),
sharing AS (
    SELECT g.parent_code, g.indicator_id, g.year, g.measure, g.unit,
           count(*) FILTER (WHERE ir.applicable AND cc.district_code IS NULL) AS remaining_districts,
           count(*) FILTER (WHERE NOT ir.applicable) AS not_applicable_districts
    FROM parent_goals g
    JOIN indicator_regions ir ON ir.indicator_id = g.indicator_id AND ir.parent_code = g.parent_code
    LEFT JOIN comparable_children cc ON cc.district_code = ir.region_code AND cc.indicator_id = g.indicator_id
         AND cc.year = g.year AND cc.measure = g.measure AND cc.unit = g.unit
    GROUP BY ALL
)
SELECT g.indicator_id, g.indicator_name, g.year, g.measure, g.unit, g.goal,
       coalesce(c.district_sum, 0) AS district_sum,
       coalesce(c.districts, 0) AS comparable_districts,
       coalesce(CAST(c.district_sum AS DOUBLE) / CAST(g.goal AS DOUBLE), 0) AS share_sum,
       CASE WHEN c.districts IS NULL AND g.measure = 'cumulative' THEN NULL
            ELSE greatest(g.goal - coalesce(c.district_sum, 0), 0) END AS remaining,
       coalesce(sh.remaining_districts, 0) AS remaining_districts,
       CASE WHEN (c.districts IS NOT NULL OR g.measure <> 'cumulative') AND sh.remaining_districts > 0
            THEN CAST(greatest(g.goal - coalesce(c.district_sum, 0), 0) AS DOUBLE) / sh.remaining_districts END AS remaining_per_district,
       coalesce(sh.not_applicable_districts, 0) AS not_applicable_districts,
       g.qualifier, g.first_offset,
       CASE WHEN c.districts IS NULL AND g.measure = 'cumulative' THEN
           (SELECT r.reason || coalesce(r.instead, '') FROM comparability_rules r
            WHERE NOT r.comparable AND r.goal_measure = 'cumulative' ORDER BY r.rule_id LIMIT 1) END AS not_shared_reason,
       g.parent_code
FROM parent_goals g
LEFT JOIN comparable c USING (parent_code, indicator_id, year, measure, unit)
LEFT JOIN sharing sh USING (parent_code, indicator_id, year, measure, unit)
WHERE g.distinct_values = 1 AND g.goal > 0;

-- Page 1's matrix: each child with a document against each of its parent's goals: its comparable figures summed, its
-- share, whether it has figures that are not comparable, and whether the indicator applies to it at all.
CREATE OR REPLACE TEMP VIEW goal_district_cells AS
WITH districts AS (
    SELECT DISTINCT coalesce(f.district, f.region_name) AS district, f.region_code AS district_code, f.parent_code
    FROM current_figures f WHERE f.content_hash IN (SELECT content_hash FROM child_documents)
)
SELECT g.indicator_id, g.year, g.measure, g.unit, d.district, d.district_code,
       sum(s.value) FILTER (WHERE s.share IS NOT NULL) AS value,
       sum(s.share) FILTER (WHERE s.share IS NOT NULL) AS share,
       count(s.value) FILTER (WHERE s.share IS NOT NULL) AS comparable_figures,
       string_agg(DISTINCT s.qualifier, ',') FILTER (WHERE s.share IS NOT NULL) AS qualifier,
       string_agg(DISTINCT s.rule_id, ',') FILTER (WHERE s.share IS NOT NULL) AS rule_ids,
       count(s.value) FILTER (WHERE s.share IS NULL) AS not_comparable_figures,
       coalesce(ir.applicable, true) AS applicable,
       -- the child's own unit when all its comparable figures share one (200 人 counted toward beds stays 人)
       CASE WHEN count(DISTINCT s.unit) FILTER (WHERE s.share IS NOT NULL) = 1
            THEN any_value(s.unit) FILTER (WHERE s.share IS NOT NULL) END AS figure_unit,
       g.parent_code
FROM goal_coverage g
JOIN districts d ON d.parent_code = g.parent_code
LEFT JOIN indicator_regions ir ON ir.indicator_id = g.indicator_id AND ir.region_code = d.district_code
LEFT JOIN counted_shares s ON s.district_code = d.district_code AND s.goal_indicator_id = g.indicator_id AND s.year = g.year
      AND (s.share IS NULL OR (s.municipal_measure = g.measure AND s.municipal_unit = g.unit))
GROUP BY g.parent_code, g.indicator_id, g.year, g.measure, g.unit, d.district, d.district_code, coalesce(ir.applicable, true);

-- Rate targets: each child's beside its parent's target and the parent's result of the year before.
CREATE OR REPLACE TEMP VIEW rate_comparison AS
WITH rates AS (SELECT * FROM current_figures WHERE measure = 'rate'),
municipal_target AS (
    SELECT region_code, indicator_id, year, min(value) AS value, any_value(qualifier) AS qualifier
    FROM rates WHERE region_code IN (SELECT code FROM parent_regions) AND kind = 'target' GROUP BY ALL
),
municipal_actual AS (
    SELECT region_code, indicator_id, year, min(value) AS value, any_value(qualifier) AS qualifier
    FROM rates WHERE region_code IN (SELECT code FROM parent_regions) AND kind = 'actual' GROUP BY ALL
)
SELECT coalesce(r.district, r.region_name) AS district, r.region_code AS district_code, r.indicator_id, r.indicator_name, r.year,
       r.value AS district_rate, r.qualifier AS district_qualifier, r.evidence, r.file_name,
       mt.value AS municipal_rate, mt.qualifier AS municipal_qualifier,
       ma.value AS previous_actual, ma.qualifier AS previous_qualifier, ma.year AS previous_year,
       r.value - mt.value AS gap_points, r.parent_code
FROM rates r
LEFT JOIN municipal_target mt ON mt.region_code = r.parent_code AND mt.indicator_id = r.indicator_id AND mt.year = r.year
LEFT JOIN municipal_actual ma ON ma.region_code = r.parent_code AND ma.indicator_id = r.indicator_id AND ma.year = r.year - 1
WHERE r.content_hash IN (SELECT content_hash FROM child_documents) AND r.kind = 'target';

-- Each parent's goals for a year beside its results of the year before (工作总结), e.g. 3000 new 养老床位
-- planned after 4385 built. A ratio only where measure and unit agree and the figure is a count: for rates
-- the comparison is the gap in percentage points, never a ratio of percentages.
CREATE OR REPLACE TEMP VIEW year_on_year AS
WITH targets AS (
    SELECT region_code, indicator_id, any_value(indicator_name) AS indicator_name, year, measure, unit, min(value) AS value
    FROM current_figures WHERE region_code IN (SELECT code FROM parent_regions) AND kind = 'target'
    GROUP BY region_code, indicator_id, year, measure, unit
),
actuals AS (
    SELECT region_code, indicator_id, year, measure, unit, min(value) AS value, any_value(qualifier) AS qualifier
    FROM current_figures WHERE region_code IN (SELECT code FROM parent_regions) AND kind = 'actual'
    GROUP BY region_code, indicator_id, year, measure, unit
)
SELECT t.indicator_id, t.indicator_name, t.year, t.measure, t.unit, t.value AS target,
       a.year AS previous_year, a.measure AS previous_measure, a.unit AS previous_unit, a.value AS previous_actual,
       a.qualifier AS previous_qualifier,
       CASE WHEN a.measure = t.measure AND a.unit = t.unit AND a.value > 0 AND t.measure <> 'rate'
            THEN CAST(t.value AS DOUBLE) / CAST(a.value AS DOUBLE) END AS ratio,
       t.region_code AS parent_code
FROM targets t
JOIN actuals a ON a.region_code = t.region_code AND a.indicator_id = t.indicator_id AND a.year = t.year - 1
ORDER BY t.region_code, t.indicator_id;

-- Monthly progress. The current report of a district and month is its latest import.
CREATE OR REPLACE TEMP VIEW progress_current AS
SELECT i.district_code, i.month, v.indicator_id, v.target, v.unit, v.completed, v.remark, v.flagged, i.source_file
FROM progress_values v JOIN progress_imports i USING (import_id)
WHERE i.import_id = (SELECT max(import_id) FROM progress_imports l WHERE l.district_code = i.district_code AND l.month = i.month);

-- Every district count target of the edition, with its report for the month (or none: 未报送), the completion
-- rate, the time elapsed on the plan's clock and the status against the thresholds (percentage points).
CREATE OR REPLACE TEMP MACRO progress_status(report_month, ahead_points, behind_points) AS TABLE
WITH targets AS (
    SELECT district, district_code, indicator_id, indicator_name, year, value AS target, unit, start_offset
    FROM current_figures WHERE level = 'district' AND kind = 'target' AND measure <> 'rate'
      AND year = (SELECT plan_year FROM plan_clock)
),
joined AS (
    SELECT t.*, p.completed, p.remark, coalesce(p.flagged, false) AS flagged,
           -- 序时进度 on the plan's clock: the share of the target's year elapsed at the end of the month; 全年 after it.
           CASE WHEN CAST(left(report_month, 4) AS INTEGER) > t.year THEN 1.0
                WHEN CAST(left(report_month, 4) AS INTEGER) < t.year THEN 0.0
                ELSE CAST(split_part(report_month, '-', 2) AS INTEGER) / 12.0 END AS elapsed
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
CREATE OR REPLACE TEMP VIEW progress_trend AS
SELECT f.district, p.district_code, p.month,
       avg(CAST(p.completed AS DOUBLE) / CAST(p.target AS DOUBLE)) AS average_completion,
       count(*) AS reported
FROM progress_current p
JOIN (SELECT DISTINCT district, district_code FROM current_figures WHERE level = 'district') f USING (district_code)
WHERE p.completed IS NOT NULL AND p.target > 0
GROUP BY f.district, p.district_code, p.month
ORDER BY p.district_code, p.month;
