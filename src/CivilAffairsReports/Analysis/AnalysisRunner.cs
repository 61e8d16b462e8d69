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
        CreateViews(connection);
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

    /// <summary>The plan year and latest reported month, read before progress so the batch can pick its month.</summary>
    public static PlanClock ReadClock(DbConnection connection)
    {
        CreateViews(connection);
        return Read<PlanClock>(connection, "plan_clock").FirstOrDefault() ?? PlanClock.Unknown;
    }

    private static readonly Regex TempTable = new(@"CREATE OR REPLACE TEMP TABLE (\w+)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Runs views.sql. A warehouse written by an earlier version keeps some of its temporary tables as stored views of
    /// the same name, which would stand beside them: those views are dropped first.
    /// </summary>
    private static void CreateViews(DbConnection connection)
    {
        var script = SqlScripts.Load("views.sql");
        var tables = TempTable.Matches(script).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var stored = connection.Query<(string Database, string Schema, string Name)>(
            "SELECT database_name, schema_name, view_name FROM duckdb_views() WHERE NOT temporary");
        foreach (var (database, schema, name) in stored.Where(v => tables.Contains(v.Name)))
            connection.Execute($"DROP VIEW \"{database}\".\"{schema}\".\"{name}\"");
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
