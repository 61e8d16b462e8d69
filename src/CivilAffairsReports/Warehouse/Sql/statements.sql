-- Statements the loader runs; parameters are bound by name ($name), never spliced in.
-- Bulk rows (documents, figures, skipped numbers, audit, progress values) go through DuckDB's appender.

-- name: begin_run
INSERT INTO runs (run_id, started_at, status, input_folder)
VALUES (nextval('run_ids'), $started_at, 'running', $input_folder)
RETURNING run_id;

-- name: finish_run
UPDATE runs SET finished_at = $finished_at, status = $status, edition = $edition, message = $message WHERE run_id = $run_id;

-- name: upsert_indicator
INSERT OR REPLACE INTO indicators (indicator_id, name, indicator_group, is_rate) VALUES ($indicator_id, $name, $indicator_group, $is_rate);

-- name: prepare_loading_documents
CREATE TEMP TABLE IF NOT EXISTS loading_documents (content_hash VARCHAR, file_name VARCHAR);
DELETE FROM loading_documents;

-- name: replace_loaded_documents
-- A document's figures and skipped numbers are replaced whole (the documents being loaded are in loading_documents).
-- Documents are identified by content for loading and shown by their current name: a renamed file is not
-- listed under its old name.
DELETE FROM figures WHERE content_hash IN (SELECT content_hash FROM loading_documents);
DELETE FROM skipped_numbers WHERE content_hash IN (SELECT content_hash FROM loading_documents);
UPDATE documents SET file_name = l.file_name FROM loading_documents l
WHERE documents.content_hash = l.content_hash AND documents.file_name <> l.file_name;
INSERT INTO run_documents SELECT DISTINCT $run_id, content_hash FROM loading_documents ON CONFLICT DO NOTHING;

-- name: export_figures_parquet
COPY (
    SELECT f.file_name AS document, f.issuer, f.district, f.level, f.document_number, f.year, f.kind, f.indicator_id,
           f.indicator_name AS indicator, f.value, f.value_max, f.unit, f.measure, f.qualifier, f.evidence,
           f.start_offset AS "start", f.end_offset AS "end", f.review, f.flag
    FROM published_figures f
    ORDER BY f.file_name, f.start_offset, f.value_start
) TO $path (FORMAT parquet);

-- name: insert_progress_import
INSERT INTO progress_imports (import_id, district_code, month, source_file, imported_at)
VALUES (nextval('progress_import_ids'), $district_code, $month, $source_file, $imported_at)
RETURNING import_id;

-- name: district_count_targets
SELECT f.indicator_id, i.name AS indicator_name, f.value AS target, f.unit
FROM figures f
JOIN documents d USING (content_hash)
JOIN indicators i USING (indicator_id)
WHERE d.level = 'district' AND f.kind = 'target' AND f.measure <> 'rate' AND d.district_code = $district_code
  AND f.content_hash IN (SELECT content_hash FROM current_documents)
ORDER BY f.start_offset;

-- name: districts_with_targets
SELECT DISTINCT d.district_code, d.district
FROM documents d
WHERE d.level = 'district'
  AND d.content_hash IN (SELECT content_hash FROM current_documents)
ORDER BY d.district_code;

-- name: previous_progress
SELECT v.indicator_id, v.completed, i.month
FROM progress_values v JOIN progress_imports i USING (import_id)
WHERE i.district_code = $district_code AND i.month < $month AND v.completed IS NOT NULL
  AND i.import_id = (SELECT max(import_id) FROM progress_imports l WHERE l.district_code = i.district_code AND l.month = i.month)
ORDER BY i.month;

-- name: plan_year
-- The newest year the city set targets for in the current run (any document's when the city's is missing); 0: none.
SELECT coalesce(max(f.year) FILTER (WHERE d.level = 'municipal'), max(f.year), 0)
FROM figures f JOIN documents d USING (content_hash)
WHERE f.kind = 'target' AND f.content_hash IN (SELECT content_hash FROM current_documents);

-- name: clear_reference_data
DELETE FROM comparability_rules;
DELETE FROM indicator_applicability;
DELETE FROM regions;

-- name: document_hashes
SELECT content_hash FROM documents;
