-- Statements the loader runs; parameters are bound by name ($name), never spliced in.
-- Bulk rows (documents, figures, skipped numbers, audit, progress values) go through DuckDB's appender.

-- name: begin_run
INSERT INTO runs (run_id, started_at, status, input_folder)
VALUES (nextval('run_ids'), $started_at, 'running', $input_folder)
RETURNING run_id;

-- name: finish_run
UPDATE runs SET finished_at = $finished_at, status = $status, edition = $edition, message = $message,
    inputs_fingerprint = $inputs_fingerprint
WHERE run_id = $run_id;

-- name: prepare_loading_indicators
-- The catalog comes in through the appender (one statement per indicator cost 2 ms each), then replaces its rows.
CREATE TEMP TABLE IF NOT EXISTS loading_indicators AS SELECT * FROM indicators LIMIT 0;
DELETE FROM loading_indicators;

-- name: replace_indicators
INSERT OR REPLACE INTO indicators SELECT * FROM loading_indicators;

-- name: prepare_loading_documents
-- loading_documents: every document of the run, by content and current name; replaced: extracted this run (its
-- rows are replaced whole), else unchanged since it was stored. loading_document_rows: the documents table's
-- columns, in its order, for the documents extracted this run.
CREATE TEMP TABLE IF NOT EXISTS loading_documents (content_hash VARCHAR, file_name VARCHAR, replaced BOOLEAN);
DELETE FROM loading_documents;
CREATE TEMP TABLE IF NOT EXISTS loading_document_rows AS SELECT * FROM documents LIMIT 0;
DELETE FROM loading_document_rows;

-- name: replace_loaded_documents
-- A document extracted this run has its row, figures, skipped numbers and corrections audit replaced whole; its
-- first run stays. Documents are identified by content for loading and shown by their current name: a renamed
-- file is not listed under its old name.
DELETE FROM figures WHERE content_hash IN (SELECT content_hash FROM loading_documents WHERE replaced);
DELETE FROM skipped_numbers WHERE content_hash IN (SELECT content_hash FROM loading_documents WHERE replaced);
DELETE FROM document_audit WHERE content_hash IN (SELECT content_hash FROM loading_documents WHERE replaced);
UPDATE documents SET file_name = r.file_name, encoding = r.encoding, issuer = r.issuer, level = r.level, district = r.district,
    district_code = r.district_code, document_number = r.document_number, issue_date = r.issue_date, year = r.year,
    title = r.title, decoded_text = r.decoded_text, unconfirmed = r.unconfirmed, extraction_key = r.extraction_key,
    text_hash = r.text_hash, region_code = r.region_code
FROM loading_document_rows r WHERE documents.content_hash = r.content_hash;
INSERT INTO documents SELECT * FROM loading_document_rows r WHERE r.content_hash NOT IN (SELECT content_hash FROM documents);
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

-- name: stored_documents
-- What a run needs of a stored document to decide whether it must be extracted again (StoredDocument's order).
SELECT file_name, content_hash, encoding, issuer, document_number, coalesce(extraction_key, '') AS extraction_key,
       coalesce(text_hash, '') AS text_hash
FROM documents;

-- name: uncatalogued_numbers
-- Numbers of the edition's documents kept for review because the catalog has no indicator for them.
SELECT count(*) FROM skipped_numbers
WHERE uncatalogued AND content_hash IN (SELECT content_hash FROM current_documents);

-- name: last_published_run
SELECT edition, inputs_fingerprint FROM runs WHERE status = 'published' ORDER BY run_id DESC LIMIT 1;

-- name: progress_state
-- Changes whenever a return is imported: part of what an edition is made from.
SELECT coalesce(max(import_id), 0) FROM progress_imports;

-- name: figure_counts
-- The edition's catalogued figures by kind (what the analysis counts as targets and results).
SELECT count(*) FILTER (WHERE f.kind = 'target') AS targets, count(*) FILTER (WHERE f.kind = 'actual') AS actuals
FROM figures f JOIN indicators i USING (indicator_id)
WHERE f.content_hash IN (SELECT content_hash FROM current_documents);
