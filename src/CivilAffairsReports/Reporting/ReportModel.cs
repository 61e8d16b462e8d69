using CivilAffairsReports.Analysis;
using CivilAffairsReports.Reporting.Charts;

namespace CivilAffairsReports.Reporting;

/// <summary>Built once after analysis; every exporter (HTML, PDF, CSV, chart files) only reads it.</summary>
internal sealed record ReportModel(
    string Edition,
    DateTime GeneratedAt,
    AnalysisResult Analysis,
    IReadOnlyList<ChartSpec> Charts,
    IReadOnlyList<string> DistrictsWithoutDocument,
    IReadOnlyList<string> UnreadDocuments,
    IReadOnlyList<string> EarlierEditions)
{
    public const string Title = "上海民政工作要点量化目标对比简报";

    public DateOnly? DataAsOf => Analysis.Sources.Max(s => s.IssueDate);

    public int PlanYear => Analysis.Sources.Where(s => s.Level == "municipal").Select(s => s.Year).FirstOrDefault()
                           ?? Analysis.Sources.Select(s => s.Year).Max() ?? GeneratedAt.Year;
}
