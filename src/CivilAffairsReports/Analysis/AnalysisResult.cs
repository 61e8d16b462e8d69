using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;

namespace CivilAffairsReports.Analysis;

internal sealed record DistrictShare(
    string District, string? DistrictCode, string IndicatorId, string IndicatorName, int Year,
    decimal Value, decimal? ValueMax, string Unit, string Measure, string? Qualifier, string Evidence, string FileName,
    decimal? MunicipalGoal, string? MunicipalMeasure, string? MunicipalUnit, double? Share, string? NotComparableReason);

internal sealed record GoalCoverage(
    string IndicatorId, string IndicatorName, int Year, string Measure, string Unit, decimal Goal,
    decimal DistrictSum, long ComparableDistricts, double ShareSum, decimal Remaining,
    long DistrictsWithoutDocument, double? RemainingPerDistrict);

internal sealed record RateComparison(
    string District, string? DistrictCode, string IndicatorId, string IndicatorName, int Year,
    decimal DistrictRate, string? DistrictQualifier, string Evidence, string FileName,
    decimal? MunicipalRate, string? MunicipalQualifier, decimal? PreviousActual, string? PreviousQualifier,
    int? PreviousYear, decimal? GapPoints);

internal sealed record YearOnYear(
    string IndicatorId, string IndicatorName, int Year, string Measure, string Unit, decimal Target,
    int PreviousYear, string PreviousMeasure, string PreviousUnit, decimal PreviousActual, string? PreviousQualifier,
    double? Ratio);

internal sealed record ProgressStatus(
    string District, string DistrictCode, string IndicatorId, string IndicatorName, decimal Target, string Unit,
    decimal? Completed, string? Remark, bool Flagged, double Elapsed, double? Completion, string Status);

internal sealed record ProgressRollup(
    string Scope, long Targets, long Reported, double? AverageCompletion, long Ahead, long OnTrack, long Behind, long NotReported);

internal sealed record ProgressTrendPoint(string District, string DistrictCode, string Month, double AverageCompletion, long Reported);

/// <summary>The month the progress section reports on, and what the districts reported for it.</summary>
internal sealed record ProgressResult(
    string Month, IReadOnlyList<ProgressStatus> Targets, IReadOnlyList<ProgressRollup> Rollups, IReadOnlyList<ProgressTrendPoint> Trend)
{
    public static readonly ProgressResult None = new("", [], [], []);
    public bool AnyReported => Targets.Any(t => t.Completed is not null);
}

internal sealed record FigureConflict(
    string Issuer, string IndicatorId, string IndicatorName, string Kind, int Year, string Measure, string Unit,
    long DistinctValues, string Figures);

internal sealed record SourceInfo(
    string FileName, string Issuer, string Level, string? District, string? DistrictCode, string? DocumentNumber,
    DateOnly? IssueDate, int? Year, string? Title, string Encoding, string ContentHash, long Figures);

internal sealed record ReviewFigure(
    int Seq, string IndicatorName, string Kind, int Year, decimal Value, decimal? ValueMax, string Unit, string Measure,
    string? Qualifier, int Start, int End, string Evidence, string? Review);

internal sealed record ReviewSkipped(int Seq, string Text, int Start, int End, string Reason, bool Uncatalogued, string Context);

/// <summary>One document as the review page shows it: its text, the figures taken and the numbers not taken.</summary>
internal sealed record ReviewDocument(
    string FileName, string Issuer, string Text, IReadOnlyList<ReviewFigure> Figures, IReadOnlyList<ReviewSkipped> Skipped);

/// <summary>Everything the analysis views say about one edition; reporting reads only this.</summary>
internal sealed record AnalysisResult(
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyList<DistrictShare> Shares,
    IReadOnlyList<GoalCoverage> Coverage,
    IReadOnlyList<RateComparison> Rates,
    IReadOnlyList<FigureConflict> Conflicts,
    IReadOnlyList<YearOnYear> YearOnYear,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<ReviewDocument> Review,
    ProgressResult Progress);
