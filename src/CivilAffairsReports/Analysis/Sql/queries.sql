-- Reads of the analysis views, in the order reports show them.

-- name: district_shares
SELECT district, district_code, indicator_id, indicator_name, year, value, value_max, unit, measure, qualifier,
       evidence, file_name, municipal_goal, municipal_measure, municipal_unit, share, not_comparable_reason,
       goal_indicator_id, goal_indicator_name, rule_id, rule_name, rule_reason, parent_code
FROM district_shares
ORDER BY indicator_id, district_code, measure;

-- name: goal_coverage
SELECT indicator_id, indicator_name, year, measure, unit, goal, district_sum, comparable_districts, share_sum,
       remaining, remaining_districts, remaining_per_district, not_applicable_districts, qualifier, first_offset,
       not_shared_reason, parent_code
FROM goal_coverage
ORDER BY parent_code, share_sum DESC, indicator_id;

-- name: rate_comparison
SELECT district, district_code, indicator_id, indicator_name, year, district_rate, district_qualifier, evidence,
       file_name, municipal_rate, municipal_qualifier, previous_actual, previous_qualifier, previous_year, gap_points, parent_code
FROM rate_comparison
ORDER BY indicator_id, district_code;

-- name: conflicts
SELECT issuer, indicator_id, indicator_name, kind, year, measure, unit, distinct_values, figures
FROM conflicts
ORDER BY issuer, indicator_id;

-- name: sources
SELECT d.file_name, d.issuer, d.level, d.district, d.district_code, d.document_number, d.issue_date, d.year,
       d.title, d.encoding, d.content_hash,
       (SELECT count(*) FROM figures f WHERE f.content_hash = d.content_hash) AS figures,
       r.region_code, r.region_name, r.parent_code, d.unconfirmed,
       d.content_hash IN (SELECT content_hash FROM child_documents) AS is_child
FROM documents d
LEFT JOIN document_regions r USING (content_hash)
WHERE d.content_hash IN (SELECT content_hash FROM current_documents)
ORDER BY d.level DESC, d.district_code NULLS FIRST, r.region_code NULLS LAST, d.file_name;

-- name: targets
SELECT file_name AS document, issuer, district, level, document_number, year, kind, indicator_id,
       indicator_name AS indicator, value, value_max, unit, measure, qualifier, evidence,
       start_offset AS start, end_offset AS "end", review, CAST(NULL AS VARCHAR) AS flag
FROM current_figures
ORDER BY file_name, start_offset, value_start;

-- name: published_figures
SELECT file_name AS document, issuer, district, level, document_number, year, kind, indicator_id,
       indicator_name AS indicator, value, value_max, unit, measure, qualifier, evidence,
       start_offset AS start, end_offset AS "end", review, flag
FROM published_figures
ORDER BY file_name, start_offset, value_start;

-- name: audit
-- What the corrections did to each document of the edition (kept with its figures), then the entries that named none.
SELECT action, document, indicator, before, after, who, "when", why, applied, problem FROM (
    SELECT a.action, a.document, a.indicator_id AS indicator, a.before, a.after, a.who, a.when_text AS "when", a.why,
           a.applied, a.problem, 0 AS part, d.file_name, a.seq
    FROM document_audit a JOIN documents d USING (content_hash)
    WHERE a.content_hash IN (SELECT content_hash FROM current_documents)
    UNION ALL
    SELECT action, document, indicator_id, before, after, who, when_text, why, applied, problem, 1, '', seq
    FROM corrections_audit
    WHERE run_id = (SELECT run_id FROM current_run))
ORDER BY part, file_name, seq;

-- name: review_documents
SELECT d.file_name, d.issuer, d.decoded_text, d.content_hash, d.unconfirmed
FROM documents d
WHERE d.content_hash IN (SELECT content_hash FROM current_documents)
ORDER BY d.file_name;

-- name: review_figures
SELECT file_name, seq, indicator_name, kind, year, value, value_max, unit, measure, qualifier,
       value_start AS start, value_end AS "end", evidence, review
FROM current_figures
ORDER BY file_name, value_start;

-- name: review_skipped
SELECT d.file_name, s.seq, s.number_text AS text, s.start_offset AS start, s.end_offset AS "end", s.reason, s.uncatalogued, s.context
FROM skipped_numbers s JOIN documents d USING (content_hash)
WHERE s.content_hash IN (SELECT content_hash FROM current_documents)
ORDER BY d.file_name, s.start_offset;

-- name: year_on_year
SELECT indicator_id, indicator_name, year, measure, unit, target, previous_year, previous_measure, previous_unit,
       previous_actual, previous_qualifier, ratio, parent_code
FROM year_on_year;

-- name: progress_status
SELECT * FROM progress_status($month, $ahead_points, $behind_points);

-- name: progress_trend
SELECT district, district_code, month, average_completion, reported FROM progress_trend WHERE month <= $month;

-- name: progress_rollup
SELECT coalesce(district, '全市') AS scope, count(*) AS targets, count(completed) AS reported,
       avg(completion) AS average_completion,
       count(*) FILTER (WHERE status = '超前') AS ahead, count(*) FILTER (WHERE status = '正常') AS on_track,
       count(*) FILTER (WHERE status = '滞后') AS behind, count(*) FILTER (WHERE status = '未报送') AS not_reported
FROM progress_status($month, $ahead_points, $behind_points)
GROUP BY ROLLUP (district)
ORDER BY district NULLS LAST;

-- name: goal_district_cells
SELECT indicator_id, year, measure, unit, district, district_code, value, share, comparable_figures, qualifier, rule_ids,
       not_comparable_figures, applicable, figure_unit, parent_code
FROM goal_district_cells
ORDER BY parent_code, indicator_id, district_code;

-- name: plan_clock
SELECT plan_year, latest_reported_month FROM plan_clock;

-- name: rules
SELECT r.rule_id, r.name, r.comparable, r.reason, r.instead,
       (SELECT count(*) FROM goal_pairings p WHERE p.rule_id = r.rule_id) AS applied
FROM comparability_rules r
UNION ALL
SELECT a.rule_id, any_value(a.rule_name) AS name, false AS comparable, any_value(a.reason) AS reason, NULL AS instead,
       count(DISTINCT a.indicator_id) AS applied
FROM indicator_applicability a GROUP BY a.rule_id
ORDER BY rule_id;

-- name: child_regions
SELECT r.code, r.name, EXISTS (SELECT 1 FROM current_figures f WHERE f.region_code = r.code) AS has_document, r.parent_code
FROM child_regions r
ORDER BY r.parent_code, r.code;

-- name: parent_regions
SELECT code, name, parent_code, level, has_child_documents, is_top
FROM parent_regions
ORDER BY code;
