-- Reads of the analysis views, in the order reports show them.

-- name: district_shares
SELECT district, district_code, indicator_id, indicator_name, year, value, value_max, unit, measure, qualifier,
       evidence, file_name, municipal_goal, municipal_measure, municipal_unit, share, not_comparable_reason
FROM district_shares
ORDER BY indicator_id, district_code, measure;

-- name: goal_coverage
SELECT indicator_id, indicator_name, year, measure, unit, goal, district_sum, comparable_districts, share_sum,
       remaining, districts_without_document, remaining_per_district
FROM goal_coverage
ORDER BY share_sum DESC, indicator_id;

-- name: rate_comparison
SELECT district, district_code, indicator_id, indicator_name, year, district_rate, district_qualifier, evidence,
       file_name, municipal_rate, municipal_qualifier, previous_actual, previous_qualifier, previous_year, gap_points
FROM rate_comparison
ORDER BY indicator_id, district_code;

-- name: conflicts
SELECT issuer, indicator_id, indicator_name, kind, year, measure, unit, distinct_values, figures
FROM conflicts
ORDER BY issuer, indicator_id;

-- name: sources
SELECT d.file_name, d.issuer, d.level, d.district, d.district_code, d.document_number, d.issue_date, d.year,
       d.title, d.encoding, d.content_hash,
       (SELECT count(*) FROM figures f WHERE f.content_hash = d.content_hash) AS figures
FROM documents d
WHERE d.content_hash IN (SELECT content_hash FROM run_documents WHERE run_id = (SELECT max(run_id) FROM run_documents))
ORDER BY d.level DESC, d.district_code NULLS FIRST, d.file_name;

-- name: targets
SELECT file_name AS document, issuer, district, level, document_number, year, kind, indicator_id,
       indicator_name AS indicator, value, value_max, unit, measure, qualifier, evidence,
       start_offset AS start, end_offset AS "end", review, flag
FROM current_figures
ORDER BY file_name, start_offset, value_start;

-- name: audit
SELECT action, document, indicator_id AS indicator, before, after, who, when_text AS "when", why, applied, problem
FROM corrections_audit
WHERE run_id = (SELECT max(run_id) FROM run_documents)
ORDER BY seq;

-- name: review_documents
SELECT d.file_name, d.issuer, d.decoded_text
FROM documents d
WHERE d.content_hash IN (SELECT content_hash FROM run_documents WHERE run_id = (SELECT max(run_id) FROM run_documents))
ORDER BY d.file_name;

-- name: review_figures
SELECT file_name, seq, indicator_name, kind, year, value, value_max, unit, measure, qualifier,
       value_start AS start, value_end AS "end", evidence, review
FROM current_figures
ORDER BY file_name, value_start;

-- name: review_skipped
SELECT d.file_name, s.seq, s.number_text AS text, s.start_offset AS start, s.end_offset AS "end", s.reason, s.uncatalogued, s.context
FROM skipped_numbers s JOIN documents d USING (content_hash)
WHERE s.content_hash IN (SELECT content_hash FROM run_documents WHERE run_id = (SELECT max(run_id) FROM run_documents))
ORDER BY d.file_name, s.start_offset;

-- name: year_on_year
SELECT indicator_id, indicator_name, year, measure, unit, target, previous_year, previous_measure, previous_unit,
       previous_actual, previous_qualifier, ratio
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
