using CivilAffairsReports.Analysis;
using CivilAffairsReports.Documents;
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
    string? PlanNotice = null,   // e.g. "2026 年工作要点尚未导入": the newest plans are for a past year
    ParentRegion? Parent = null) // the parent whose briefing this model is scoped to (see ParentBriefings); null: the whole edition
{
    /// <summary>The districts with no document, from the region codes in the warehouse (analysis), not a list in code.</summary>
    public IReadOnlyList<string> DistrictsWithoutDocument => Analysis.RegionsWithoutDocument;

    public const string Title = "上海民政工作要点量化目标对比简报";

    /// <summary>The briefing's title: the parent's name (上海市 → 上海民政…, 杭州市 → 杭州民政…); the edition's otherwise.</summary>
    public string Heading => Parent is null ? Title : $"{Documents.Regions.Shorten(Parent.Name)}民政工作要点量化目标对比简报";

    /// <summary>Who the briefing speaks for: the parent's 民政局.</summary>
    public string Issuer => Parent is null ? "上海市民政局" : Parent.Name + "民政局";

    /// <summary>A figure of the parent's own documents (the city's plan for Shanghai's briefing).</summary>
    public bool FromParent(Extraction.TargetRow t) =>
        Parent is null ? t.Level == "municipal" : Analysis.Sources.Any(s => s.FileName == t.Document && s.RegionCode == Parent.Code);

    /// <summary>The documents of the children whose goals this briefing shares out (Shanghai's districts).</summary>
    public IEnumerable<SourceInfo> ChildSources =>
        Parent is null ? Analysis.Sources.Where(s => s.Level == "district" && s.DistrictCode is not null)
                       : Analysis.Sources.Where(s => s.IsChild && s.ParentCode == Parent.Code);

    /// <summary>全省 for a province's briefing, 全市 for a city's (a municipality plans like a city).</summary>
    public string Whole => Words.Whole;

    /// <summary>The children as a briefing names them: 各市 in a province's, 各区 in a city's.</summary>
    public string Each => Words.Each;

    /// <summary>The level of the parent's documents and of its children's: 省级 / 市级, or 市级 / 区级.</summary>
    public (string Own, string Child) Levels => (Words.Own, Words.Child);

    /// <summary>All the words a briefing names its parent and children with (ChildWording: the counter word too).</summary>
    public ChildWording Words => ChildWording.For(Parent?.Code);

    public DateOnly? DataAsOf => Analysis.Sources.Max(s => s.IssueDate);

    public int PlanYear => Analysis.Clock.PlanYear ?? Analysis.Sources.Select(s => s.Year).Max() ?? GeneratedAt.Year;
}
