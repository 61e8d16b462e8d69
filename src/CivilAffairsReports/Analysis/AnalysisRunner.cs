using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;
using CivilAffairsReports.Warehouse;

namespace CivilAffairsReports.Analysis;

/// <summary>Creates the analysis views (Sql/views.sql) and reads them into an <see cref="AnalysisResult"/>.</summary>
internal static class AnalysisRunner
{
    private const string Queries = "queries.sql";

    /// <summary>Which month's progress to report, and the status thresholds in percentage points.</summary>
    internal sealed record ProgressQuery(string Month, double AheadPoints, double BehindPoints);

    public static AnalysisResult Run(DuckDbConnection connection, ProgressQuery? progress = null, ReferenceData? reference = null)
    {
        // The batch loads the reference tables before it reads the plan clock; other callers get the shipped files.
        if (reference is not null || connection.Scalar<long>("SELECT count(*) FROM regions") == 0)
            (reference ?? ReferenceData.Load()).WriteTo(connection);
        connection.Execute(SqlScripts.Load("views.sql"));
        return new AnalysisResult(
            Read(connection, "sources", r => new SourceInfo(
                r.Get<string>("file_name")!, r.Get<string>("issuer")!, r.Get<string>("level")!, r.Get<string>("district"),
                r.Get<string>("district_code"), r.Get<string>("document_number"), r.Get<DateOnly?>("issue_date"),
                Int(r.Get<long?>("year")), r.Get<string>("title"), r.Get<string>("encoding")!, r.Get<string>("content_hash")!,
                r.Get<long>("figures"))),
            Read(connection, "district_shares", r => new DistrictShare(
                r.Get<string>("district")!, r.Get<string>("district_code"), r.Get<string>("indicator_id")!,
                r.Get<string>("indicator_name")!, (int)r.Get<long>("year"), r.Get<decimal>("value"), r.Get<decimal?>("value_max"),
                r.Get<string>("unit")!, r.Get<string>("measure")!, r.Get<string>("qualifier"), r.Get<string>("evidence")!,
                r.Get<string>("file_name")!, r.Get<decimal?>("municipal_goal"), r.Get<string>("municipal_measure"),
                r.Get<string>("municipal_unit"), r.Get<double?>("share"), r.Get<string>("not_comparable_reason"),
                r.Get<string>("goal_indicator_id")!, r.Get<string>("goal_indicator_name")!, r.Get<string>("rule_id"), r.Get<string>("rule_name"), r.Get<string>("rule_reason"))),
            Read(connection, "goal_coverage", r => new GoalCoverage(
                r.Get<string>("indicator_id")!, r.Get<string>("indicator_name")!, (int)r.Get<long>("year"),
                r.Get<string>("measure")!, r.Get<string>("unit")!, r.Get<decimal>("goal"), r.Get<decimal>("district_sum"),
                r.Get<long>("comparable_districts"), r.Get<double>("share_sum"), r.Get<decimal?>("remaining"),
                r.Get<long>("remaining_districts"), r.Get<double?>("remaining_per_district"), r.Get<long>("not_applicable_districts"),
                r.Get<string>("qualifier"), (int)r.Get<long>("first_offset"), r.Get<string>("not_shared_reason"))),
            Read(connection, "rate_comparison", r => new RateComparison(
                r.Get<string>("district")!, r.Get<string>("district_code"), r.Get<string>("indicator_id")!,
                r.Get<string>("indicator_name")!, (int)r.Get<long>("year"), r.Get<decimal>("district_rate"),
                r.Get<string>("district_qualifier"), r.Get<string>("evidence")!, r.Get<string>("file_name")!,
                r.Get<decimal?>("municipal_rate"), r.Get<string>("municipal_qualifier"), r.Get<decimal?>("previous_actual"),
                r.Get<string>("previous_qualifier"), Int(r.Get<long?>("previous_year")), r.Get<decimal?>("gap_points"))),
            Read(connection, "conflicts", r => new FigureConflict(
                r.Get<string>("issuer")!, r.Get<string>("indicator_id")!, r.Get<string>("indicator_name")!,
                r.Get<string>("kind")!, (int)r.Get<long>("year"), r.Get<string>("measure")!, r.Get<string>("unit")!,
                r.Get<long>("distinct_values"), r.Get<string>("figures")!)),
            Read(connection, "year_on_year", r => new YearOnYear(
                r.Get<string>("indicator_id")!, r.Get<string>("indicator_name")!, (int)r.Get<long>("year"),
                r.Get<string>("measure")!, r.Get<string>("unit")!, r.Get<decimal>("target"), (int)r.Get<long>("previous_year"),
                r.Get<string>("previous_measure")!, r.Get<string>("previous_unit")!, r.Get<decimal>("previous_actual"),
                r.Get<string>("previous_qualifier"), r.Get<double?>("ratio"))),
            Read(connection, "targets", r => new TargetRow(
                r.Get<string>("file_name")!, r.Get<string>("issuer")!, r.Get<string>("district"), r.Get<string>("level")!,
                r.Get<string>("document_number"), (int)r.Get<long>("year"), r.Get<string>("kind")!,
                r.Get<string>("indicator_id")!, r.Get<string>("indicator_name")!, r.Get<decimal>("value"),
                r.Get<decimal?>("value_max"), r.Get<string>("unit")!, r.Get<string>("measure")!, r.Get<string>("qualifier"),
                r.Get<string>("evidence")!, (int)r.Get<long>("start_offset"), (int)r.Get<long>("end_offset"),
                r.Get<string>("review"))),
            Read(connection, "audit", r => new AuditEntry(
                r.Get<string>("action")!, r.Get<string>("document")!, r.Get<string>("indicator_id")!, r.Get<string>("before")!,
                r.Get<string>("after")!, r.Get<string>("who")!, r.Get<string>("when_text")!, r.Get<string>("why")!,
                r.Get<bool>("applied"), r.Get<string>("problem"))),
            ReadReview(connection),
            progress is null ? ProgressResult.None : ReadProgress(connection, progress),
            Read(connection, "goal_district_cells", r => new GoalDistrictCell(
                r.Get<string>("indicator_id")!, (int)r.Get<long>("year"), r.Get<string>("measure")!, r.Get<string>("unit")!,
                r.Get<string>("district")!, r.Get<string>("district_code")!, r.Get<decimal?>("value"), r.Get<double?>("share"),
                r.Get<long>("comparable_figures"), r.Get<string>("qualifier"), r.Get<string>("rule_ids"),
                r.Get<long>("not_comparable_figures"), r.Get<bool>("applicable"), r.Get<string>("figure_unit"))),
            ReadClock(connection),
            Read(connection, "rules", r => new RuleUse(
                r.Get<string>("rule_id")!, r.Get<string>("name")!, r.Get<bool>("comparable"), r.Get<string>("reason")!, r.Get<string>("instead"), r.Get<long>("applied"))),
            Read(connection, "child_regions", r => new ChildRegion(r.Get<string>("code")!, r.Get<string>("name")!, r.Get<bool>("has_document"))));
    }

    /// <summary>The plan year and latest reported month, read before progress so the batch can pick its month.</summary>
    public static PlanClock ReadClock(DuckDbConnection connection)
    {
        connection.Execute(SqlScripts.Load("views.sql"));
        return Read(connection, "plan_clock", r => new PlanClock(Int(r.Get<long?>("plan_year")), r.Get<string>("latest_reported_month")))
            .FirstOrDefault() ?? PlanClock.Unknown;
    }

    /// <summary>Each document's text with its figures and skipped numbers, for the review page.</summary>
    private static List<ReviewDocument> ReadReview(DuckDbConnection connection)
    {
        var figures = connection.Query(SqlScripts.Statement(Queries, "review_figures")).Rows
            .ToLookup(r => r.Get<string>("file_name")!, r => new ReviewFigure(
                r.Get<long>("seq"), r.Get<string>("indicator_name")!, r.Get<string>("kind")!, (int)r.Get<long>("year"),
                r.Get<decimal>("value"), r.Get<decimal?>("value_max"), r.Get<string>("unit")!, r.Get<string>("measure")!,
                r.Get<string>("qualifier"), (int)r.Get<long>("value_start"), (int)r.Get<long>("value_end"),
                r.Get<string>("evidence")!, r.Get<string>("review")));
        var skipped = connection.Query(SqlScripts.Statement(Queries, "review_skipped")).Rows
            .ToLookup(r => r.Get<string>("file_name")!, r => new ReviewSkipped(
                r.Get<long>("seq"), r.Get<string>("number_text")!, (int)r.Get<long>("start_offset"), (int)r.Get<long>("end_offset"),
                r.Get<string>("reason")!, r.Get<bool>("uncatalogued"), r.Get<string>("context")!));
        return Read(connection, "review_documents", r =>
        {
            var file = r.Get<string>("file_name")!;
            return new ReviewDocument(file, r.Get<string>("issuer")!, r.Get<string>("decoded_text")!, figures[file].ToList(), skipped[file].ToList());
        });
    }

    private static ProgressResult ReadProgress(DuckDbConnection connection, ProgressQuery q)
    {
        object[] args = [q.Month, q.AheadPoints, q.BehindPoints];
        return new ProgressResult(q.Month,
            Read(connection, "progress_status", r => new ProgressStatus(
                r.Get<string>("district")!, r.Get<string>("district_code")!, r.Get<string>("indicator_id")!, r.Get<string>("indicator_name")!,
                r.Get<decimal>("target"), r.Get<string>("unit")!, r.Get<decimal?>("completed"), r.Get<string>("remark"),
                r.Get<bool>("flagged"), r.Get<double>("elapsed"), r.Get<double?>("completion"), r.Get<string>("status")!), args),
            Read(connection, "progress_rollup", r => new ProgressRollup(
                r.Get<string>("scope")!, r.Get<long>("targets"), r.Get<long>("reported"), r.Get<double?>("average_completion"),
                r.Get<long>("ahead"), r.Get<long>("on_track"), r.Get<long>("behind"), r.Get<long>("not_reported")), args),
            Read(connection, "progress_trend", r => new ProgressTrendPoint(
                r.Get<string>("district")!, r.Get<string>("district_code")!, r.Get<string>("month")!,
                r.Get<double>("average_completion"), r.Get<long>("reported")), q.Month));
    }

    private static int? Int(long? value) => value is null ? null : (int)value.Value;

    private static List<T> Read<T>(DuckDbConnection connection, string query, Func<DuckDbRow, T> map, params object?[] parameters)
    {
        var result = connection.Query(SqlScripts.Statement(Queries, query), parameters);
        return result.Rows.Select(map).ToList();
    }
}
