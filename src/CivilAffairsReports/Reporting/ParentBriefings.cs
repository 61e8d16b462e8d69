using CivilAffairsReports.Analysis;
using CivilAffairsReports.Reporting.Charts;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// One briefing per parent region, at any level (a municipality, a province, a prefecture): its goals and how its
/// children share them. The analysis rows already carry their parent's code (SQL); this only selects them. With one
/// parent on top (Shanghai's case) its briefing keeps the name briefing.html / briefing.pdf; every other parent's is
/// briefing-&lt;code&gt;. Children's briefings are <see cref="DistrictPages"/>.
/// </summary>
internal static class ParentBriefings
{
    public const string MainStem = "briefing";

    public static string FileStem(ReportModel model, ParentRegion parent) =>
        parent.IsTop && model.Analysis.ParentRegions.Count(p => p.IsTop) == 1 ? MainStem : $"{MainStem}-{parent.Code}";

    /// <summary>Every parent in code order, the top one first.</summary>
    public static IEnumerable<ParentRegion> Parents(ReportModel model) =>
        model.Analysis.ParentRegions.OrderBy(p => p.IsTop ? 0 : 1).ThenBy(p => p.Code, StringComparer.Ordinal);

    /// <summary>The edition as one parent's briefing sees it: that parent's documents, its children's, their rows.</summary>
    public static ReportModel Scope(ReportModel model, ParentRegion parent, bool drawCharts = true)
    {
        var a = model.Analysis;
        var code = parent.Code;
        var sources = a.Sources.Where(s => s.RegionCode == code || (s.ParentCode == code && s.IsChild)).ToList();
        var files = sources.Select(s => s.FileName).ToHashSet(StringComparer.Ordinal);
        var issuers = sources.Select(s => s.Issuer).ToHashSet(StringComparer.Ordinal);
        var children = a.Regions.Where(r => r.ParentCode == code).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var progress = a.Progress.Targets.Any(t => children.Contains(t.DistrictCode)) ? a.Progress : ProgressResult.None;
        var scoped = a with
        {
            Sources = sources,
            Shares = a.Shares.Where(s => s.ParentCode == code).ToList(),
            Coverage = a.Coverage.Where(c => c.ParentCode == code).ToList(),
            Rates = a.Rates.Where(r => r.ParentCode == code).ToList(),
            Conflicts = a.Conflicts.Where(c => issuers.Contains(c.Issuer)).ToList(),
            YearOnYear = a.YearOnYear.Where(y => y.ParentCode == code).ToList(),
            Targets = a.Targets.Where(t => files.Contains(t.Document)).ToList(),
            Cells = a.Cells.Where(c => c.ParentCode == code).ToList(),
            Regions = a.Regions.Where(r => r.ParentCode == code).ToList(),
            Progress = progress,
        };
        return model with { Analysis = scoped, Parent = parent, Charts = drawCharts ? ChartFactory.All(scoped) : model.Charts };
    }
}
