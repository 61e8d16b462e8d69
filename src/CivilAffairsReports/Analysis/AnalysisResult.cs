using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;

namespace CivilAffairsReports.Analysis;

internal sealed record DistrictShare(
    string District, string? DistrictCode, string IndicatorId, string IndicatorName, int Year,
    decimal Value, decimal? ValueMax, string Unit, string Measure, string? Qualifier, string Evidence, string FileName,
    decimal? MunicipalGoal, string? MunicipalMeasure, string? MunicipalUnit, double? Share, string? NotComparableReason,
    string GoalIndicatorId, string GoalIndicatorName, string? RuleId, string? RuleName, string? RuleReason,
    string? ParentCode = null); // the region whose goal this is (310000 for Shanghai's districts, 330100 for 杭州's)

/// <summary>
/// A municipal goal: what the districts with a comparable figure carry, and what remains for the applicable districts
/// without one (RemainingDistricts, from the region codes). Remaining is null when nothing is comparable with a
/// cumulative goal (NotSharedReason says why); ShareSum is 0 then, so read <see cref="Share"/>, which is null.
/// </summary>
internal sealed record GoalCoverage(
    string IndicatorId, string IndicatorName, int Year, string Measure, string Unit, decimal Goal,
    decimal DistrictSum, long ComparableDistricts, double ShareSum, decimal? Remaining,
    long RemainingDistricts, double? RemainingPerDistrict, long NotApplicableDistricts, string? Qualifier,
    int FirstOffset, string? NotSharedReason, string? ParentCode = null)
{
    public double? Share => ComparableDistricts > 0 ? ShareSum : null;

    /// <summary>Kept for readers written before the remainder was counted from the region codes.</summary>
    public long DistrictsWithoutDocument => RemainingDistricts;
}

/// <summary>One district against one municipal goal: its comparable figures summed, or why there is no share.</summary>
internal sealed record GoalDistrictCell(
    string IndicatorId, int Year, string Measure, string Unit, string District, string DistrictCode,
    decimal? Value, double? Share, long ComparableFigures, string? Qualifier, string? RuleIds,
    long NotComparableFigures, bool Applicable, string? FigureUnit, string? ParentCode = null);

/// <summary>The plan's clock: the edition's plan year and the latest month of it any district reported.</summary>
internal sealed record PlanClock(int? PlanYear, string? LatestReportedMonth)
{
    public static readonly PlanClock Unknown = new(null, null);
}

/// <summary>A reviewed rule (comparability or applicability) and how many figures it decided this edition.</summary>
internal sealed record RuleUse(string RuleId, string Name, bool Comparable, string Reason, string? Instead, long Applied);

/// <summary>A child region of the goals' parent (GB/T 2260) and whether it sent a document.</summary>
internal sealed record ChildRegion(string Code, string Name, bool HasDocument, string? ParentCode = null);

/// <summary>
/// A region whose goals its children share, at any level (a province, a prefecture, a municipality). IsTop: no parent
/// of its own among the edition's parents. HasChildDocuments: at least one child sent a document.
/// </summary>
internal sealed record ParentRegion(string Code, string Name, string? ParentCode, string Level, bool HasChildDocuments, bool IsTop);

internal sealed record RateComparison(
    string District, string? DistrictCode, string IndicatorId, string IndicatorName, int Year,
    decimal DistrictRate, string? DistrictQualifier, string Evidence, string FileName,
    decimal? MunicipalRate, string? MunicipalQualifier, decimal? PreviousActual, string? PreviousQualifier,
    int? PreviousYear, decimal? GapPoints, string? ParentCode = null);

internal sealed record YearOnYear(
    string IndicatorId, string IndicatorName, int Year, string Measure, string Unit, decimal Target,
    int PreviousYear, string PreviousMeasure, string PreviousUnit, decimal PreviousActual, string? PreviousQualifier,
    double? Ratio, string? ParentCode = null);

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
    DateOnly? IssueDate, int? Year, string? Title, string Encoding, string ContentHash, long Figures,
    string? RegionCode = null, string? RegionName = null, string? ParentCode = null,
    string? Unconfirmed = null,  // 待确认: what was inferred about issuer, place or year
    bool IsChild = false)        // its region shares a parent's goals (child_documents)
{
    /// <summary>The region's name at any level: the district's, else the region's (杭州市), else the issuer.</summary>
    public string PlaceName => District ?? RegionName ?? Issuer;
}

internal sealed record ReviewFigure(
    int Seq, string IndicatorName, string Kind, int Year, decimal Value, decimal? ValueMax, string Unit, string Measure,
    string? Qualifier, int Start, int End, string Evidence, string? Review);

internal sealed record ReviewSkipped(int Seq, string Text, int Start, int End, string Reason, bool Uncatalogued, string Context);

/// <summary>One document as the review page shows it: its text, the figures taken and the numbers not taken.</summary>
internal sealed record ReviewDocument(
    string FileName, string Issuer, string Text, IReadOnlyList<ReviewFigure> Figures, IReadOnlyList<ReviewSkipped> Skipped,
    string ContentHash = "", string? Unconfirmed = null);

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
    ProgressResult Progress,
    IReadOnlyList<GoalDistrictCell> Cells,
    PlanClock Clock,
    IReadOnlyList<RuleUse> Rules,
    IReadOnlyList<ChildRegion> Regions,
    IReadOnlyList<TargetRow> Downloads, // every figure, catalogued or not (待编目), for targets.csv
    IReadOnlyList<ParentRegion>? Parents = null) // every region whose goals its children share, at any level
{
    public IReadOnlyList<ParentRegion> ParentRegions => Parents ?? [];

    /// <summary>The child regions with no document this edition, from the region codes.</summary>
    public IReadOnlyList<string> RegionsWithoutDocument => Regions.Where(r => !r.HasDocument).Select(r => r.Name).ToList();
}
