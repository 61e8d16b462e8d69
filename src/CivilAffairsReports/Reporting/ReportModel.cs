using CivilAffairsReports.Analysis;
using CivilAffairsReports.Reporting.Charts;

namespace CivilAffairsReports.Reporting;

/// <summary>Built once after analysis; every exporter (HTML, PDF, CSV, chart files) only reads it.</summary>
internal sealed record ReportModel(
    string Edition,
    DateTime GeneratedAt,
    AnalysisResult Analysis,
    IReadOnlyList<ChartSpec> Charts,
    IReadOnlyList<string> UnreadDocuments,
    IReadOnlyList<string> EarlierEditions,
    string? PlanNotice = null)   // e.g. "2026 年工作要点尚未导入": the newest plans are for a past year
{
    /// <summary>The districts with no document, from the region codes in the warehouse (analysis), not a list in code.</summary>
    public IReadOnlyList<string> DistrictsWithoutDocument => Analysis.RegionsWithoutDocument;

    public const string Title = "上海民政工作要点量化目标对比简报";

    public DateOnly? DataAsOf => Analysis.Sources.Max(s => s.IssueDate);

    public int PlanYear => Analysis.Clock.PlanYear ?? Analysis.Sources.Select(s => s.Year).Max() ?? GeneratedAt.Year;
}
