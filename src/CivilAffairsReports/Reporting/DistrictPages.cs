using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// One briefing per child region with a document (a district of a city, a city of a province, a county of a
/// prefecture): its targets, its share of each of its parent's goals, how its rates compare, what the parent
/// quantified that it did not, and the source clause of every figure.
/// </summary>
internal static class DistrictPages
{
    /// <summary>File names come from the GB/T 2260 code, never from document text.</summary>
    public static string FileStem(SourceInfo district) => $"district-{Code(district)}";

    private static string? Code(SourceInfo s) => s.RegionCode ?? s.DistrictCode;

    /// <summary>Every child region with a document, at any level, in code order (the analysis says which are children).</summary>
    public static IEnumerable<SourceInfo> Districts(ReportModel model) =>
        model.Analysis.Sources.Where(s => s.IsChild && Code(s) is not null)
            .GroupBy(Code).Select(g => g.First()).OrderBy(s => Code(s), StringComparer.Ordinal);

    public static string Render(ReportModel model, SourceInfo source)
    {
        var a = model.Analysis;
        var name = source.PlaceName;
        var code = Code(source);
        var files = a.Sources.Where(s => Code(s) == code).Select(s => s.FileName).ToHashSet(StringComparer.Ordinal);
        var parentFiles = a.Sources.Where(s => s.RegionCode is not null && s.RegionCode == source.ParentCode).Select(s => s.FileName).ToHashSet(StringComparer.Ordinal);
        var parent = Documents.Regions.ByCode(source.ParentCode);
        var words = Documents.ChildWording.For(source.ParentCode);
        var whole = words.Whole;
        // A child's plan and its task notice often state the same target: a figure another of its documents already
        // states (same indicator, measure, unit, value) is shown once; different figures are all shown.
        var targets = a.Targets.Where(t => files.Contains(t.Document) && t.Kind == "target")
            .GroupBy(t => t.Document).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Aggregate(new List<Extraction.TargetRow>(), (kept, document) =>
            {
                var stated = kept.Select(t => (t.IndicatorId, t.Measure, t.Unit, t.Value)).ToHashSet();
                kept.AddRange(document.OrderBy(t => t.Start).Where(t => !stated.Contains((t.IndicatorId, t.Measure, t.Unit, t.Value))));
                return kept;
            });
        var shares = a.Shares.Where(s => s.DistrictCode == code).ToList();
        var rates = a.Rates.Where(r => r.DistrictCode == code).ToList();
        var quantified = targets.Select(t => t.IndicatorId).ToHashSet();
        var cityOnly = a.Targets.Where(t => parentFiles.Contains(t.Document) && t.Kind == "target" && t.Year == model.PlanYear && !quantified.Contains(t.IndicatorId)).ToList();

        var body = new StringBuilder($"""
            <header class="cover">
              <p class="issuer">{Html(parent is null ? model.Issuer : parent.Name + "民政局")} · 数据分析</p>
              <h1>{Html(name)}量化目标简报</h1>
              <p class="edition">{model.PlanYear} 年度 · 第 {Html(model.Edition)} 期 · {Html($"{source.Issuer} {source.DocumentNumber}" + (source.IssueDate is null ? "" : "，" + Date(source.IssueDate)))}</p>
              {(model.PlanNotice is null ? "" : $"<p class=\"notice\">{Html(model.PlanNotice)}</p>")}
            </header>
            <section class="findings"><h2>一、{Html(name)}的各项目标</h2>
            """);
        // Every target of the district leads, each beside the city's goal it counts toward (share, gap or why not).
        body.Append(Pages.Table(["指标", $"{Pages.Short(name)}目标", $"{whole}目标", $"占{whole} / 对比"], targets.Select(t =>
        {
            if (t.Measure == "rate")
            {
                var r = rates.FirstOrDefault(x => x.IndicatorId == t.IndicatorId && x.DistrictRate == t.Value);
                return new[]
                {
                    t.Indicator, Quantity(t.Value, t.ValueMax, t.Unit, t.Qualifier),
                    r?.MunicipalRate is null ? $"{whole}未设" : Quantity(r.MunicipalRate.Value, null, "%", r.MunicipalQualifier),
                    r?.GapPoints is null ? "—" : r.GapPoints == 0 ? $"与{whole}持平" : $"较{whole} " + Points(r.GapPoints.Value),
                };
            }
            var share = shares.FirstOrDefault(s => s.IndicatorId == t.IndicatorId && s.Value == t.Value && s.Measure == t.Measure && s.Unit == t.Unit);
            return new[]
            {
                t.Indicator, $"{Extraction.Measures.Chinese(t.Measure)} {Quantity(t.Value, t.ValueMax, t.Unit, t.Qualifier)}",
                share?.MunicipalGoal is null ? "—" : $"{Extraction.Measures.Chinese(share.MunicipalMeasure!)} {Quantity(share.MunicipalGoal.Value, null, share.MunicipalUnit!, null)}",
                share?.Share is not null
                    ? Percent(share.Share.Value) + (share.RuleName is null ? "" : $"（按规则“{share.RuleName}”计入{(share.GoalIndicatorId == t.IndicatorId ? "" : share.GoalIndicatorName)}）")
                    : "不可比：" + (share?.NotComparableReason ?? words.Own + "无对应量化目标"),
            };
        }), "district", $"{name} {model.PlanYear} 年量化目标 {targets.Count} 项", ["22%", "22%", "22%", "34%"]));
        body.Append($"<p class=\"progress-line\">{Html(ProgressSection.OneLine(model, name))}</p></section>");

        body.Append($"<section><h2>二、{whole}有量化目标而{Html(name)}未量化的指标</h2>");
        body.Append(cityOnly.Count == 0 ? "<p>无。</p>" : Pages.Table(["指标", $"{whole}目标"], cityOnly.GroupBy(c => c.IndicatorId).Select(g => g.First()).Select(c => new[]
        {
            c.Indicator, $"{(c.Measure == "rate" ? "" : Extraction.Measures.Chinese(c.Measure) + " ")}{Quantity(c.Value, c.ValueMax, c.Unit, c.Qualifier)}",
        }), "city-only", null, ["50%", "50%"]));
        body.Append("</section>");
        body.Append($"<section><h2>三、原文依据</h2>");
        body.Append(Pages.Table(["指标", $"{name}工作要点原文"], targets.GroupBy(t => t.Evidence).Select(g => new[]
        {
            string.Join("、", g.Select(t => t.Indicator).Distinct()), g.Key,
        }), "clauses", null, ["26%", "74%"]));
        body.Append("</section>");
        if (model.Analysis.Progress.Targets.Any(t => t.DistrictCode == code && t.Completed is not null))
            body.Append(ProgressSection.Render(model, "四、月度进展", name));
        return Pages.Document($"{name}量化目标简报 · {model.Edition}", model, body.ToString(), "briefing district",
            $"{name}量化目标简报 · 第 {model.Edition} 期");
    }
}
