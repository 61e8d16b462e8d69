using System.Data.Common;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;
using Dapper;
using DuckDB.NET.Data;

namespace CivilAffairsReports.Warehouse;

/// <summary>A document extracted this run: its extraction, the key it was extracted under, what the corrections did to it.</summary>
internal sealed record DocumentLoad(DocumentExtraction Extraction, string ExtractionKey, IReadOnlyList<AuditEntry> Audit);

/// <summary>
/// The warehouse: one DuckDB file behind one ADO.NET connection. Only this folder opens connections; the
/// analysis stage reads through <see cref="Connection"/> as plain ADO.NET with Dapper. Loads are idempotent:
/// a document is keyed by its content hash and its figures are replaced as a whole, so loading the same
/// documents again leaves the same rows. Bulk rows go through DuckDB's appender, not one INSERT per row.
/// </summary>
internal sealed class WarehouseStore : IDisposable
{
    private const string Statements = "statements.sql";
    private readonly DuckDBConnection _connection;

    static WarehouseStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public DbConnection Connection => _connection;
    public string Path { get; }

    private WarehouseStore(string path, DuckDBConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public static WarehouseStore Open(string path)
    {
        var inMemory = path == ":memory:";
        if (!inMemory)
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ConnectionString);
        try
        {
            connection.Open();
            // One transaction: one commit to the file rather than one per statement (a fresh warehouse opened in a third of the time).
            using var transaction = connection.BeginTransaction();
            connection.Execute(SqlScripts.Load("schema.sql"), transaction: transaction);
            transaction.Commit();
        }
        catch (DbException e)
        {
            connection.Dispose();
            throw new WarehouseException($"无法打开数据仓库 {path}：{e.Message}", e);
        }
        return new WarehouseStore(path, connection);
    }

    public long BeginRun(string inputFolder, DateTime startedAt) =>
        _connection.ExecuteScalar<long>(Sql("begin_run"), new { started_at = startedAt, input_folder = inputFolder });

    public void FinishRun(long runId, string status, string? edition, string? message, string? inputsFingerprint = null) =>
        _connection.Execute(Sql("finish_run"), new
        {
            run_id = runId, finished_at = DateTime.Now, status, edition, message, inputs_fingerprint = inputsFingerprint,
        });

    internal sealed record PublishedRun(string? Edition, string? InputsFingerprint);

    /// <summary>The last run that published: its edition and the hash of what it was made from.</summary>
    public PublishedRun? LastPublishedRun() => _connection.QueryFirstOrDefault<PublishedRun>(Sql("last_published_run"));

    public long ProgressState() => _connection.ExecuteScalar<long>(Sql("progress_state"));

    internal sealed record FigureCounts(long Targets, long Actuals);

    public FigureCounts CountFigures() => _connection.QuerySingle<FigureCounts>(Sql("figure_counts"));

    public void LoadCatalog(IndicatorCatalog catalog) => InTransaction(transaction =>
    {
        _connection.Execute(Sql("prepare_loading_indicators"), transaction: transaction);
        using (var loading = _connection.CreateAppender("loading_indicators"))
            foreach (var i in catalog.Indicators)
                loading.CreateRow().AppendValue(i.Id).AppendValue(i.Name).AppendValue(i.Group).AppendValue(i.IsRate).EndRow();
        _connection.Execute(Sql("replace_indicators"), transaction: transaction);
    });

    public void Load(long runId, DocumentExtraction extraction) => Load(runId, [extraction]);

    public void Load(long runId, IReadOnlyCollection<DocumentExtraction> extractions) =>
        Load(runId, extractions.Select(e => new DocumentLoad(e, "", [])).ToList(), []);

    /// <summary>Every stored document by content hash: what a run needs to decide whether to extract it again.</summary>
    public IReadOnlyDictionary<string, StoredDocument> StoredDocuments() =>
        _connection.Query<StoredDocument>(Sql("stored_documents")).ToDictionary(d => d.ContentHash, StringComparer.Ordinal);

    /// <summary>
    /// Loads a run's documents in one transaction: each document extracted this run has its row, figures, skipped
    /// numbers and corrections audit replaced whole (added if new); an unchanged one keeps its rows and takes its
    /// current file name; all are linked to the run.
    /// </summary>
    public void Load(long runId, IReadOnlyCollection<DocumentLoad> loads, IReadOnlyCollection<StoredDocument> unchanged) => InTransaction(transaction =>
    {
        var byHash = loads.GroupBy(l => l.Extraction.Document.ContentHash).Select(g => g.First()).ToList();
        var extracted = byHash.Select(l => l.Extraction.Document.ContentHash).ToHashSet(StringComparer.Ordinal);

        _connection.Execute(Sql("prepare_loading_documents"), transaction: transaction);
        using (var loading = _connection.CreateAppender("loading_documents"))
        {
            foreach (var d in byHash.Select(l => l.Extraction.Document))
                loading.CreateRow().AppendValue(d.ContentHash).AppendValue(d.FileName).AppendValue(true).EndRow();
            foreach (var d in unchanged.Where(d => !extracted.Contains(d.ContentHash)))
                loading.CreateRow().AppendValue(d.ContentHash).AppendValue(d.FileName).AppendValue(false).EndRow();
        }
        // The documents table's columns in its order (the last ones were added by ALTER TABLE over time).
        using (var rows = _connection.CreateAppender("loading_document_rows"))
            foreach (var load in byHash)
            {
                var d = load.Extraction.Document;
                var m = d.Metadata;
                rows.CreateRow().AppendValue(d.ContentHash).AppendValue(d.FileName).AppendValue(d.Encoding)
                    .AppendValue(m.Issuer).AppendValue(m.Level).AppendValue(m.District).AppendValue(m.DistrictCode)
                    .AppendValue(m.DocumentNumber).AppendValue(m.IssueDate).AppendValue(m.Year).AppendValue(m.Title)
                    .AppendValue(d.DecodedText).AppendValue(runId).AppendValue(m.Unconfirmed)
                    .AppendValue(load.ExtractionKey).AppendValue(DocumentReader.TextHash(d)).AppendValue(m.RegionCode).EndRow();
            }
        _connection.Execute(Sql("replace_loaded_documents"), new { run_id = runId }, transaction);

        using (var figures = _connection.CreateAppender("figures"))
            foreach (var extraction in byHash.Select(l => l.Extraction))
                foreach (var (f, i) in extraction.Figures.Select((f, i) => (f, i)))
                    figures.CreateRow().AppendValue(extraction.Document.ContentHash).AppendValue(i + 1).AppendValue(f.Indicator.Id)
                        .AppendValue(f.Kind).AppendValue(f.Year).AppendValue(f.Value).AppendValue(f.ValueMax).AppendValue(f.Unit)
                        .AppendValue(f.UnitWritten).AppendValue(f.Measure).AppendValue(f.Qualifier).AppendValue(f.Evidence)
                        .AppendValue(f.EvidenceStart).AppendValue(f.EvidenceEnd).AppendValue(f.ValueStart).AppendValue(f.ValueEnd)
                        .AppendValue(f.Review).AppendValue(f.IsUncatalogued ? f.Indicator.Name : null).EndRow();

        using (var skipped = _connection.CreateAppender("skipped_numbers"))
            foreach (var extraction in byHash.Select(l => l.Extraction))
                foreach (var (s, i) in extraction.Skipped.Select((s, i) => (s, i)))
                    skipped.CreateRow().AppendValue(extraction.Document.ContentHash).AppendValue(i + 1).AppendValue(s.Text)
                        .AppendValue(s.Start).AppendValue(s.End).AppendValue(s.Reason).AppendValue(s.Uncatalogued)
                        .AppendValue(s.Context).EndRow();

        using (var audit = _connection.CreateAppender("document_audit"))
            foreach (var load in byHash)
                foreach (var (a, i) in load.Audit.Select((a, i) => (a, i)))
                    audit.CreateRow().AppendValue(load.Extraction.Document.ContentHash).AppendValue(i + 1).AppendValue(a.Action)
                        .AppendValue(a.Document).AppendValue(a.Indicator).AppendValue(a.Before).AppendValue(a.After).AppendValue(a.Who)
                        .AppendValue(a.When).AppendValue(a.Why).AppendValue(a.Applied).AppendValue(a.Problem).EndRow();
    });

    public void RecordAudit(long runId, IReadOnlyList<AuditEntry> audit) => InTransaction(_ =>
    {
        using var appender = _connection.CreateAppender("corrections_audit");
        foreach (var (a, i) in audit.Select((a, i) => (a, i)))
            appender.CreateRow().AppendValue(runId).AppendValue(i + 1).AppendValue(a.Action).AppendValue(a.Document)
                .AppendValue(a.Indicator).AppendValue(a.Before).AppendValue(a.After).AppendValue(a.Who).AppendValue(a.When)
                .AppendValue(a.Why).AppendValue(a.Applied).AppendValue(a.Problem).EndRow();
    });

    /// <summary>Replaces the reference tables (comparability rules, applicability, GB/T 2260 regions) with this data.</summary>
    public void LoadReferenceData(Analysis.ReferenceData reference) => InTransaction(transaction =>
    {
        _connection.Execute(Sql("clear_reference_data"), transaction: transaction);
        using (var rules = _connection.CreateAppender("comparability_rules"))
            foreach (var r in reference.Rules)
                rules.CreateRow().AppendValue(r.Id).AppendValue(r.Name).AppendValue(r.Comparable).AppendValue(r.GoalIndicator)
                    .AppendValue(r.Indicator).AppendValue(r.Measure).AppendValue(r.Unit).AppendValue(r.GoalMeasure)
                    .AppendValue(r.GoalUnit).AppendValue(r.Reason).AppendValue(r.Instead).EndRow();
        using (var applicability = _connection.CreateAppender("indicator_applicability"))
            foreach (var a in reference.Applicability)
                foreach (var indicator in a.Indicators.Distinct())
                    foreach (var code in a.Regions.Distinct())
                        applicability.CreateRow().AppendValue(indicator).AppendValue(code).AppendValue(a.Id).AppendValue(a.Name)
                            .AppendValue(a.Reason).EndRow();
        using (var regions = _connection.CreateAppender("regions"))
            foreach (var r in reference.Regions.DistinctBy(r => r.Code))
            {
                var words = ChildWording.For(r.Code);
                regions.CreateRow().AppendValue(r.Code).AppendValue(r.Name).AppendValue(r.ParentCode).AppendValue(r.Level)
                    .AppendValue(words.Own).AppendValue(words.Child).AppendValue(words.OwnUnit).AppendValue(words.Unit).EndRow();
            }
    });

    /// <summary>
    /// Writes the current run's figures as Parquet with DuckDB's COPY. COPY takes its target as a literal, not a
    /// parameter; the path is the run's own staging folder (never document text) and its quotes are doubled.
    /// </summary>
    public void ExportFiguresParquet(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        _connection.Execute(Sql("export_figures_parquet").Replace("$path", "'" + fullPath.Replace("'", "''") + "'"));
    }

    internal sealed record CountTarget(string IndicatorId, string IndicatorName, decimal Target, string Unit);
    internal sealed record DistrictWithTargets(string DistrictCode, string District)
    {
        public void Deconstruct(out string code, out string district) => (code, district) = (DistrictCode, District);
    }
    private sealed record ReportedProgress(string IndicatorId, decimal Completed, string Month);

    public IReadOnlyList<DistrictWithTargets> DistrictsWithTargets() =>
        _connection.Query<DistrictWithTargets>(Sql("districts_with_targets")).ToList();

    public IReadOnlyList<CountTarget> DistrictCountTargets(string districtCode) =>
        _connection.Query<CountTarget>(Sql("district_count_targets"), new { district_code = districtCode }).ToList();

    public int UncataloguedNumbers() => _connection.ExecuteScalar<int>(Sql("uncatalogued_numbers"));

    /// <summary>The plan year of the current run: the newest year the city set targets for; null when there are none.</summary>
    public int? PlanYear()
    {
        var year = _connection.ExecuteScalar<int>(Sql("plan_year"));
        return year == 0 ? null : year;
    }

    /// <summary>The latest reported cumulative value of each indicator before the month (for the never-decreasing check).</summary>
    public IReadOnlyDictionary<string, (decimal Completed, string Month)> PreviousProgress(string districtCode, string month)
    {
        var latest = new Dictionary<string, (decimal, string)>();
        foreach (var r in _connection.Query<ReportedProgress>(Sql("previous_progress"), new { district_code = districtCode, month }))
            latest[r.IndicatorId] = (r.Completed, r.Month);
        return latest;
    }

    /// <summary>Stores a validated report as a new import; it becomes the district's current report for the month.</summary>
    public void SaveProgress(Progress.ProgressReport report) => InTransaction(transaction =>
    {
        var importId = _connection.ExecuteScalar<long>(Sql("insert_progress_import"), new
        {
            district_code = report.DistrictCode, month = report.Month, source_file = report.FileName, imported_at = DateTime.Now,
        }, transaction);
        using var appender = _connection.CreateAppender("progress_values");
        foreach (var v in report.Values)
            appender.CreateRow().AppendValue(importId).AppendValue(v.IndicatorId).AppendValue(v.Target).AppendValue(v.Unit)
                .AppendValue(v.Completed).AppendValue(v.Remark).AppendValue(v.Flagged).EndRow();
    });

    /// <summary>BEGIN … COMMIT; on any exception ROLLBACK, so nothing half-done stays. Appenders flush when disposed, inside it.</summary>
    private void InTransaction(Action<DbTransaction> body)
    {
        using var transaction = _connection.BeginTransaction();
        body(transaction);
        transaction.Commit();
    }

    private static string Sql(string name) => SqlScripts.Statement(Statements, name);

    public void Dispose() => _connection.Dispose();
}
