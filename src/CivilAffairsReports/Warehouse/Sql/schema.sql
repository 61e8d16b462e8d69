-- The warehouse: one DuckDB file, the product's memory across months.
-- Documents are identified by the SHA-256 of their bytes, so loading the same file twice changes nothing.

CREATE SEQUENCE IF NOT EXISTS run_ids START 1;

CREATE TABLE IF NOT EXISTS runs (
    run_id        BIGINT PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,          -- running | published | failed
    input_folder  VARCHAR NOT NULL,
    edition       VARCHAR,                   -- e.g. 2025-11
    message       VARCHAR
);

CREATE TABLE IF NOT EXISTS documents (
    content_hash    VARCHAR PRIMARY KEY,
    file_name       VARCHAR NOT NULL,
    encoding        VARCHAR NOT NULL,
    issuer          VARCHAR NOT NULL,
    level           VARCHAR NOT NULL,        -- municipal | district
    district        VARCHAR,
    district_code   VARCHAR,
    document_number VARCHAR,
    issue_date      DATE,
    year            INTEGER,
    title           VARCHAR,
    decoded_text    VARCHAR NOT NULL,
    first_run_id    BIGINT NOT NULL
);

-- Which documents made up each run's edition.
CREATE TABLE IF NOT EXISTS run_documents (
    run_id        BIGINT NOT NULL,
    content_hash  VARCHAR NOT NULL,
    PRIMARY KEY (run_id, content_hash)
);

CREATE TABLE IF NOT EXISTS indicators (
    indicator_id  VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    indicator_group VARCHAR NOT NULL,
    is_rate       BOOLEAN NOT NULL
);

-- Every extracted figure with its evidence; offsets are character offsets into documents.decoded_text.
CREATE TABLE IF NOT EXISTS figures (
    content_hash  VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    indicator_id  VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,          -- target | actual
    year          INTEGER NOT NULL,
    value         DECIMAL(18,4) NOT NULL,
    value_max     DECIMAL(18,4),
    unit          VARCHAR NOT NULL,
    unit_written  VARCHAR,
    measure       VARCHAR NOT NULL,          -- new | cumulative | coverage | conversion | rate
    qualifier     VARCHAR,
    evidence      VARCHAR NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    value_start   INTEGER NOT NULL,
    value_end     INTEGER NOT NULL,
    PRIMARY KEY (content_hash, seq)
);

-- Numbers that were not taken, with the reason, for the review page.
CREATE TABLE IF NOT EXISTS skipped_numbers (
    content_hash  VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    number_text   VARCHAR NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    reason        VARCHAR NOT NULL,
    uncatalogued  BOOLEAN NOT NULL,
    context       VARCHAR NOT NULL,
    PRIMARY KEY (content_hash, seq)
);

-- Added after the first editions: files created before it gain the column in place.
ALTER TABLE figures ADD COLUMN IF NOT EXISTS review VARCHAR;   -- confirm | correct | add (reviewed corrections)

-- What each run's reviewed corrections did (corrections/reviewed-corrections.yaml).
CREATE TABLE IF NOT EXISTS corrections_audit (
    run_id      BIGINT NOT NULL,
    seq         INTEGER NOT NULL,
    action      VARCHAR NOT NULL,
    document    VARCHAR NOT NULL,
    indicator_id VARCHAR NOT NULL,
    before      VARCHAR NOT NULL,
    after       VARCHAR NOT NULL,
    who         VARCHAR NOT NULL,
    when_text   VARCHAR NOT NULL,
    why         VARCHAR NOT NULL,
    applied     BOOLEAN NOT NULL,
    problem     VARCHAR,
    PRIMARY KEY (run_id, seq)
);

-- Monthly progress reports from the districts (截至当月累计完成). Every import is kept; the latest import of a
-- district and month is the current one, so re-importing a month replaces it without losing history.
CREATE SEQUENCE IF NOT EXISTS progress_import_ids START 1;

CREATE TABLE IF NOT EXISTS progress_imports (
    import_id     BIGINT PRIMARY KEY,
    district_code VARCHAR NOT NULL,
    month         VARCHAR NOT NULL,          -- yyyy-MM
    source_file   VARCHAR NOT NULL,
    imported_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS progress_values (
    import_id     BIGINT NOT NULL,
    indicator_id  VARCHAR NOT NULL,
    target        DECIMAL(18,4) NOT NULL,
    unit          VARCHAR NOT NULL,
    completed     DECIMAL(18,4),            -- NULL: not reported (未报送), never zero
    remark        VARCHAR,
    flagged       BOOLEAN NOT NULL,         -- far above the target: kept, marked for review
    PRIMARY KEY (import_id, indicator_id)
);

-- Repair on open. Every verb opens the warehouse while holding its lock file (civil-affairs.duckdb.lock), so a run
-- still marked 'running' here was killed: it is marked abandoned. A failed or abandoned run's documents are no
-- edition, so they leave run_documents and the newest run there stays the last one that published (or the live one).
UPDATE runs SET status = 'abandoned', finished_at = CAST(now() AS TIMESTAMP), message = '运行中断：进程已结束，下次运行时修复'
WHERE status = 'running';
DELETE FROM run_documents WHERE run_id IN (SELECT run_id FROM runs WHERE status IN ('failed', 'abandoned'));
-- "The current run": the latest run that has not failed or been abandoned (the one being built, or the last published).
-- Every view and statement that means "this edition's documents" reads it from here.
CREATE OR REPLACE VIEW current_run AS
SELECT max(run_id) AS run_id FROM runs WHERE status NOT IN ('failed', 'abandoned');

CREATE OR REPLACE VIEW current_documents AS
SELECT rd.content_hash FROM run_documents rd WHERE rd.run_id = (SELECT run_id FROM current_run);

-- Reference data the analysis joins, reloaded on every run from files staff edit (catalog/).
-- GB/T 2260 region codes: whose goals a region shares (parent_code), at every level.
CREATE TABLE IF NOT EXISTS regions (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    parent_code VARCHAR,
    level       VARCHAR NOT NULL              -- province | prefecture | county
);

-- Reviewed comparability rules (catalog/comparability-rules.yaml): a district figure of one indicator,
-- measure and unit may (or may never) be set against a parent goal of another; NULL matches any.
CREATE TABLE IF NOT EXISTS comparability_rules (
    rule_id           VARCHAR PRIMARY KEY,
    name              VARCHAR NOT NULL,
    comparable        BOOLEAN NOT NULL,
    goal_indicator_id VARCHAR,
    indicator_id      VARCHAR,
    measure           VARCHAR,
    unit              VARCHAR,
    goal_measure      VARCHAR,
    goal_unit         VARCHAR,
    reason            VARCHAR NOT NULL,
    instead           VARCHAR
);

-- Which regions an indicator applies to (乡村… only where there are rural towns). No row: every region.
CREATE TABLE IF NOT EXISTS indicator_applicability (
    indicator_id VARCHAR NOT NULL,
    region_code  VARCHAR NOT NULL,
    rule_id      VARCHAR NOT NULL,
    rule_name    VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    PRIMARY KEY (indicator_id, region_code)
);

-- Figures whose thing measured is not in the catalog (indicator_id '') keep the noun phrase as written, and a
-- document whose issuer, place or year was inferred says why (待确认): both are flagged in the downloads.
ALTER TABLE figures ADD COLUMN IF NOT EXISTS indicator_written VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS unconfirmed VARCHAR;

-- Work not needed is not done: a document is extracted again only when its bytes, the program, the catalog
-- folder or the corrections that name it changed (extraction_key, a hash of all four). text_hash (of the
-- normalised text) lets a stored document still count as the same text as a file in another format.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS extraction_key VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS text_hash VARCHAR;

-- What the reviewed corrections did to each document's figures, kept with the figures they changed, so a document
-- that is not extracted again still shows its corrections in the edition's audit. corrections_audit keeps the
-- run's entries that named no document.
CREATE TABLE IF NOT EXISTS document_audit (
    content_hash VARCHAR NOT NULL,
    seq          INTEGER NOT NULL,
    action       VARCHAR NOT NULL,
    document     VARCHAR NOT NULL,
    indicator_id VARCHAR NOT NULL,
    before       VARCHAR NOT NULL,
    after        VARCHAR NOT NULL,
    who          VARCHAR NOT NULL,
    when_text    VARCHAR NOT NULL,
    why          VARCHAR NOT NULL,
    applied      BOOLEAN NOT NULL,
    problem      VARCHAR,
    PRIMARY KEY (content_hash, seq)
);

-- A hash of everything a run's edition is made from (RunInputs): a run whose inputs hash the same as those of the
-- edition published now has nothing to publish, and leaves that edition as it is.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS inputs_fingerprint VARCHAR;

-- The GB/T 2260 region a document speaks for at any level (310000, 330100, 330106); district_code is set for counties only.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS region_code VARCHAR;

-- How a region names itself and its children as a parent (ChildWording: 市级 / 区级 / 市 / 区 for a city or a
-- municipality, 省级 / 市级 / 省 / 市 for a province), for the reasons the analysis gives in words.
ALTER TABLE regions ADD COLUMN IF NOT EXISTS level_word VARCHAR;
ALTER TABLE regions ADD COLUMN IF NOT EXISTS child_level_word VARCHAR;
ALTER TABLE regions ADD COLUMN IF NOT EXISTS unit_word VARCHAR;
ALTER TABLE regions ADD COLUMN IF NOT EXISTS child_unit_word VARCHAR;
