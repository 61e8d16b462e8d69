-- Statements the loader runs; parameters are bound positionally ($1, $2, …).

-- name: begin_run
INSERT INTO runs (run_id, started_at, status, input_folder)
VALUES (nextval('run_ids'), $1, 'running', $2)
RETURNING run_id;

-- name: finish_run
UPDATE runs SET finished_at = $2, status = $3, edition = $4, message = $5 WHERE run_id = $1;

-- name: upsert_indicator
INSERT OR REPLACE INTO indicators (indicator_id, name, indicator_group, is_rate) VALUES ($1, $2, $3, $4);

-- name: insert_document
INSERT INTO documents (content_hash, file_name, encoding, issuer, level, district, district_code,
                       document_number, issue_date, year, title, decoded_text, first_run_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
ON CONFLICT DO NOTHING;

-- name: link_run_document
INSERT INTO run_documents (run_id, content_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING;

-- name: delete_figures
DELETE FROM figures WHERE content_hash = $1;

-- name: delete_skipped
DELETE FROM skipped_numbers WHERE content_hash = $1;

-- name: insert_figure
INSERT INTO figures (content_hash, seq, indicator_id, kind, year, value, value_max, unit, unit_written, measure,
                     qualifier, evidence, start_offset, end_offset, value_start, value_end, review)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17);

-- name: insert_skipped
INSERT INTO skipped_numbers (content_hash, seq, number_text, start_offset, end_offset, reason, uncatalogued, context)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8);

-- name: insert_audit
INSERT INTO corrections_audit (run_id, seq, action, document, indicator_id, before, after, who, when_text, why, applied, problem)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- name: export_figures_parquet
COPY (
    SELECT f.file_name AS document, f.issuer, f.district, f.level, f.document_number, f.year, f.kind, f.indicator_id,
           f.indicator_name AS indicator, f.value, f.value_max, f.unit, f.measure, f.qualifier, f.evidence,
           f.start_offset AS "start", f.end_offset AS "end", f.review
    FROM current_figures f
    ORDER BY f.file_name, f.start_offset, f.value_start
) TO $path (FORMAT parquet);

-- name: insert_progress_import
INSERT INTO progress_imports (import_id, district_code, month, source_file, imported_at)
VALUES (nextval('progress_import_ids'), $1, $2, $3, $4)
RETURNING import_id;

-- name: insert_progress_value
INSERT INTO progress_values (import_id, indicator_id, target, unit, completed, remark, flagged)
VALUES ($1, $2, $3, $4, $5, $6, $7);

-- name: district_count_targets
SELECT f.indicator_id, i.name AS indicator_name, f.value AS target, f.unit, d.district, d.district_code
FROM figures f
JOIN documents d USING (content_hash)
JOIN indicators i USING (indicator_id)
WHERE d.level = 'district' AND f.kind = 'target' AND f.measure <> 'rate' AND d.district_code = $1
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
WHERE i.district_code = $1 AND i.month < $2 AND v.completed IS NOT NULL
  AND i.import_id = (SELECT max(import_id) FROM progress_imports l WHERE l.district_code = i.district_code AND l.month = i.month)
ORDER BY i.month;

-- name: count_documents
SELECT count(*) FROM documents;

-- name: count_figures
SELECT count(*) FROM figures;

-- name: plan_year
-- The newest year the city set targets for in the current run (any document's when the city's is missing); 0: none.
SELECT coalesce(max(f.year) FILTER (WHERE d.level = 'municipal'), max(f.year), 0)
FROM figures f JOIN documents d USING (content_hash)
WHERE f.kind = 'target' AND f.content_hash IN (SELECT content_hash FROM current_documents);
