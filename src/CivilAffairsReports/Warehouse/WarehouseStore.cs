using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;

namespace CivilAffairsReports.Warehouse;

/// <summary>
/// Loads extraction results into the DuckDB file. Idempotent: a document is keyed by its content hash and
/// its figures are replaced as a whole, so loading the same documents again leaves the same rows.
/// </summary>
internal sealed class WarehouseStore : IDisposable
{
    private const string Statements = "statements.sql";
    private readonly DuckDbDatabase _database;

    public DuckDbConnection Connection { get; }
    public string Path { get; }

    private WarehouseStore(string path, DuckDbDatabase database, DuckDbConnection connection)
    {
        Path = path;
        _database = database;
        Connection = connection;
    }

    public static WarehouseStore Open(string path)
    {
        var database = DuckDbDatabase.Open(path);
        var connection = database.Connect();
        connection.Execute(SqlScripts.Load("schema.sql"));
        return new WarehouseStore(path, database, connection);
    }

    public long BeginRun(string inputFolder, DateTime startedAt) =>
        Connection.Scalar<long>(Sql("begin_run"), startedAt, inputFolder);

    public void FinishRun(long runId, string status, string? edition, string? message) =>
        Connection.Execute(Sql("finish_run"), runId, DateTime.Now, status, edition, message);

    public void LoadCatalog(IndicatorCatalog catalog) => Connection.InTransaction(() =>
    {
        foreach (var i in catalog.Indicators)
            Connection.Execute(Sql("upsert_indicator"), i.Id, i.Name, i.Group, i.IsRate);
    });

    public void Load(long runId, DocumentExtraction extraction) => Connection.InTransaction(() =>
    {
        var d = extraction.Document;
        var m = d.Metadata;
        Connection.Execute(Sql("insert_document"), d.ContentHash, d.FileName, d.Encoding, m.Issuer, m.Level,
            m.District, m.DistrictCode, m.DocumentNumber, m.IssueDate, m.Year, m.Title, d.DecodedText, runId);
        Connection.Execute(Sql("link_run_document"), runId, d.ContentHash);

        Connection.Execute(Sql("delete_figures"), d.ContentHash);
        Connection.BulkInsert(Sql("insert_figure"), extraction.Figures.Select((f, i) => new object?[]
        {
            d.ContentHash, i + 1, f.Indicator.Id, f.Kind, f.Year, f.Value, f.ValueMax, f.Unit, f.UnitWritten, f.Measure,
            f.Qualifier, f.Evidence, f.EvidenceStart, f.EvidenceEnd, f.ValueStart, f.ValueEnd, f.Review,
        }));

        Connection.Execute(Sql("delete_skipped"), d.ContentHash);
        Connection.BulkInsert(Sql("insert_skipped"), extraction.Skipped.Select((s, i) => new object?[]
        {
            d.ContentHash, i + 1, s.Text, s.Start, s.End, s.Reason, s.Uncatalogued, s.Context,
        }));
    });

    public void RecordAudit(long runId, IReadOnlyList<AuditEntry> audit) => Connection.InTransaction(() =>
        Connection.BulkInsert(Sql("insert_audit"), audit.Select((a, i) => new object?[]
        {
            runId, i + 1, a.Action, a.Document, a.Indicator, a.Before, a.After, a.Who, a.When, a.Why, a.Applied, a.Problem,
        })));

    /// <summary>
    /// Writes the current run's figures as Parquet with DuckDB's COPY. COPY takes its target as a literal, not a
    /// parameter; the path is the run's own staging folder (never document text) and its quotes are doubled.
    /// </summary>
    public void ExportFiguresParquet(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var literal = "'" + System.IO.Path.GetFullPath(path).Replace("'", "''") + "'";
        Connection.Execute(Sql("export_figures_parquet").Replace("$path", literal));
    }

    internal sealed record CountTarget(string IndicatorId, string IndicatorName, decimal Target, string Unit);

    public IReadOnlyList<(string Code, string District)> DistrictsWithTargets() =>
        Connection.Query(Sql("districts_with_targets")).Rows
            .Select(r => (r.Get<string>("district_code")!, r.Get<string>("district")!)).ToList();

    public IReadOnlyList<CountTarget> DistrictCountTargets(string districtCode) =>
        Connection.Query(Sql("district_count_targets"), districtCode).Rows
            .Select(r => new CountTarget(r.Get<string>("indicator_id")!, r.Get<string>("indicator_name")!, r.Get<decimal>("target"), r.Get<string>("unit")!))
            .ToList();

    /// <summary>The latest reported cumulative value of each indicator before the month (for the never-decreasing check).</summary>
    public IReadOnlyDictionary<string, (decimal Completed, string Month)> PreviousProgress(string districtCode, string month)
    {
        var latest = new Dictionary<string, (decimal, string)>();
        foreach (var r in Connection.Query(Sql("previous_progress"), districtCode, month).Rows)
            latest[r.Get<string>("indicator_id")!] = (r.Get<decimal>("completed"), r.Get<string>("month")!);
        return latest;
    }

    /// <summary>Stores a validated report as a new import; it becomes the district's current report for the month.</summary>
    public void SaveProgress(Progress.ProgressReport report) => Connection.InTransaction(() =>
    {
        var importId = Connection.Scalar<long>(Sql("insert_progress_import"), report.DistrictCode, report.Month, report.FileName, DateTime.Now);
        Connection.BulkInsert(Sql("insert_progress_value"), report.Values.Select(v => new object?[]
        {
            importId, v.IndicatorId, v.Target, v.Unit, v.Completed, v.Remark, v.Flagged,
        }));
    });

    private static string Sql(string name) => SqlScripts.Statement(Statements, name);

    public void Dispose()
    {
        Connection.Dispose();
        _database.Dispose();
    }
}
