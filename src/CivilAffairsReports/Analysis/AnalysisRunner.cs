using System.Data.Common;
using System.Text.RegularExpressions;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;
using Dapper;

namespace CivilAffairsReports.Analysis;

/// <summary>
/// Creates the analysis views (Sql/views.sql) and reads them into an <see cref="AnalysisResult"/>. Rows map to
/// records by column name (Dapper); each query in Sql/queries.sql selects its record's columns in order.
/// </summary>
internal static class AnalysisRunner
{
    private const string Queries = "queries.sql";

    /// <summary>Which month's progress to report, and the status thresholds in percentage points.</summary>
    internal sealed record ProgressQuery(string Month, double AheadPoints, double BehindPoints);

    public static AnalysisResult Run(DbConnection connection, ProgressQuery? progress = null)
    {
        Prepare(connection);
        return Read(connection, progress);
    }

    /// <summary>
    /// Creates the views and computes the tables they share, once per run, and reads the plan's clock. The tables read
    /// documents, figures and regions only: progress imported afterwards is seen by <see cref="ReadClock"/> and <see cref="Read"/>.
    /// </summary>
    public static PlanClock Prepare(DbConnection connection)
    {
        CreateViews(connection);
        return ReadClock(connection);
    }

    /// <summary>The plan year and latest reported month, read before progress so the batch can pick its month (after <see cref="Prepare"/>).</summary>
    public static PlanClock ReadClock(DbConnection connection) =>
        Read<PlanClock>(connection, "plan_clock").FirstOrDefault() ?? PlanClock.Unknown;

    /// <summary>Reads the analysis from the views <see cref="Prepare"/> made on this connection.</summary>
    public static AnalysisResult Read(DbConnection connection, ProgressQuery? progress = null)
    {
        return new AnalysisResult(
            Read<SourceInfo>(connection, "sources"),
            Read<DistrictShare>(connection, "district_shares"),
            Read<GoalCoverage>(connection, "goal_coverage"),
            Read<RateComparison>(connection, "rate_comparison"),
            Read<FigureConflict>(connection, "conflicts"),
            Read<YearOnYear>(connection, "year_on_year"),
            Read<TargetRow>(connection, "targets"),
            Read<AuditEntry>(connection, "audit"),
            ReadReview(connection),
            progress is null ? ProgressResult.None : ReadProgress(connection, progress),
            Read<GoalDistrictCell>(connection, "goal_district_cells"),
            Read<PlanClock>(connection, "plan_clock").FirstOrDefault() ?? PlanClock.Unknown,
            Read<RuleUse>(connection, "rules"),
            Read<ChildRegion>(connection, "child_regions"),
            Read<TargetRow>(connection, "published_figures"),
            Read<ParentRegion>(connection, "parent_regions"));
    }

    private static readonly Regex TempObject = new(@"CREATE OR REPLACE TEMP (TABLE|VIEW|MACRO) (\w+)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Runs views.sql. Everything it makes is temporary, this connection's own: nothing is written to the warehouse
    /// file for it (as stored views and macros, each one cost a commit to the file on every run). A warehouse written
    /// by an earlier version keeps them as stored views and macros of the same names: those are dropped first.
    /// </summary>
    private static void CreateViews(DbConnection connection)
    {
        var script = SqlScripts.Load("views.sql");
        var names = TempObject.Matches(script).Select(m => m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
        var stored = connection.Query<(string Kind, string Database, string Schema, string Name)>(
            "SELECT 'VIEW', database_name, schema_name, view_name FROM duckdb_views() WHERE NOT temporary AND NOT internal").ToList();
        // Only a warehouse whose stored views show an earlier version also has its stored macros (listing every
        // function of the database to find them cost 50 ms on every run).
        if (stored.Any(o => names.Contains(o.Name)))
            stored.AddRange(connection.Query<(string, string, string, string)>(
                "SELECT DISTINCT CASE function_type WHEN 'table_macro' THEN 'MACRO TABLE' ELSE 'MACRO' END, database_name, " +
                "schema_name, function_name FROM duckdb_functions() " +
                "WHERE function_type IN ('macro', 'table_macro') AND NOT internal AND database_name <> 'temp'"));
        foreach (var (kind, database, schema, name) in stored.Where(o => names.Contains(o.Name)))
            connection.Execute($"DROP {kind} \"{database}\".\"{schema}\".\"{name}\"");
        connection.Execute(script);
    }

    private sealed record ReviewText(string FileName, string Issuer, string DecodedText, string ContentHash, string? Unconfirmed);
    private sealed record FileFigure(string FileName, ReviewFigure Figure);

    /// <summary>Each document's text with its figures and skipped numbers, for the review page.</summary>
    private static List<ReviewDocument> ReadReview(DbConnection connection)
    {
        var figures = connection.Query<string, ReviewFigure, (string File, ReviewFigure Figure)>(
                SqlScripts.Statement(Queries, "review_figures"), (file, figure) => (file, figure), splitOn: "seq")
            .ToLookup(f => f.File, f => f.Figure);
        var skipped = connection.Query<string, ReviewSkipped, (string File, ReviewSkipped Skipped)>(
                SqlScripts.Statement(Queries, "review_skipped"), (file, s) => (file, s), splitOn: "seq")
            .ToLookup(s => s.File, s => s.Skipped);
        return Read<ReviewText>(connection, "review_documents")
            .Select(d => new ReviewDocument(d.FileName, d.Issuer, d.DecodedText, figures[d.FileName].ToList(), skipped[d.FileName].ToList(), d.ContentHash, d.Unconfirmed))
            .ToList();
    }

    private static ProgressResult ReadProgress(DbConnection connection, ProgressQuery q)
    {
        var parameters = new { month = q.Month, ahead_points = q.AheadPoints, behind_points = q.BehindPoints };
        return new ProgressResult(q.Month,
            Read<ProgressStatus>(connection, "progress_status", parameters),
            Read<ProgressRollup>(connection, "progress_rollup", parameters),
            Read<ProgressTrendPoint>(connection, "progress_trend", new { month = q.Month }));
    }

    private static List<T> Read<T>(DbConnection connection, string query, object? parameters = null) =>
        connection.Query<T>(SqlScripts.Statement(Queries, query), parameters).ToList();
}
