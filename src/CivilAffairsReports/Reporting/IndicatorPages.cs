using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>A page per indicator: the city's figures, each district's, shares or why not, and every source clause.</summary>
internal static class IndicatorPages
{
    /// <summary>File names come from the catalog id (ASCII, fixed), never from document text.</summary>
    public static string FileName(string indicatorId) => $"indicator-{indicatorId}.html";

    public static IEnumerable<(string Id, string Name)> Indicators(ReportModel model) =>
        model.Analysis.Targets.Select(t => (t.IndicatorId, t.Indicator)).Distinct().OrderBy(i => i.IndicatorId, StringComparer.Ordinal);

    public static string Render(ReportModel model, string indicatorId, string name)
    {
        var a = model.Analysis;
        var figures = a.Targets.Where(t => t.IndicatorId == indicatorId).ToList();
        var coverage = a.Coverage.Where(c => c.IndicatorId == indicatorId).ToList();
        var body = new StringBuilder($"""
            <header class="site">
              <p class="issuer"><a href="index.html">首页</a> · 指标</p>
              <h1>{Html(name)}</h1>
              <p class="edition">第 {Html(model.Edition)} 期</p>
            </header>
            """);
        if (coverage.Count > 0)
        {
            body.Append("<section><h2>全市目标与各区承担</h2>");
            body.Append(Pages.Table(["市级目标", "已知各区合计", "占比", "其余各区需承担", "平均每区"], coverage.Select(c => new[]
            {
                $"{Extraction.Measures.Chinese(c.Measure)} {Quantity(c.Goal, null, c.Unit, c.Qualifier)}",
                $"{Amount(c.DistrictSum, c.Unit)}（{c.ComparableDistricts} 个区）",
                c.Share is null ? "不计算" : Percent(c.Share.Value),
                c.Remaining is null ? c.NotSharedReason ?? "—" : $"{Amount(c.Remaining.Value, c.Unit)}（{c.RemainingDistricts} 个区）" +
                    (c.NotApplicableDistricts > 0 ? $"，{c.NotApplicableDistricts} 个区不适用" : ""),
                c.RemainingPerDistrict is null ? "—" : Amount(c.RemainingPerDistrict.Value, c.Unit),
            }), "coverage", "全市目标与各区承担"));
            var cells = a.Cells.Where(c => c.IndicatorId == indicatorId && !c.Applicable).Select(c => c.District).ToList();
            if (cells.Count > 0) body.Append($"<p>不适用的区：{Html(string.Join("、", cells))}。</p>");
            body.Append("</section>");
        }
        body.Append("<section><h2>各文件中的数字</h2>");
        body.Append(Pages.Table(["发文机关", "类别", "数值", "口径", "占市级目标", "原文依据"], figures
            .OrderBy(f => f.Level == "municipal" ? 0 : 1).ThenBy(f => f.District, StringComparer.Ordinal).Select(f =>
            {
                var share = a.Shares.FirstOrDefault(s => s.IndicatorId == f.IndicatorId && s.District == f.District && s.Value == f.Value && s.Measure == f.Measure);
                var rate = a.Rates.FirstOrDefault(r => r.IndicatorId == f.IndicatorId && r.District == f.District && r.DistrictRate == f.Value);
                return new[]
                {
                    f.District ?? f.Issuer, f.Kind == "target" ? $"{f.Year} 年目标" : $"{f.Year} 年实绩",
                    Quantity(f.Value, f.ValueMax, f.Unit, f.Qualifier), Extraction.Measures.Chinese(f.Measure),
                    share?.Share is not null ? Percent(share.Share.Value) + (share.RuleName is null ? "" : $"（规则：{share.RuleName}）")
                        : share is not null ? "不可比：" + share.NotComparableReason
                        : rate?.GapPoints is not null ? (rate.GapPoints == 0 ? "与全市持平" : "较全市 " + Points(rate.GapPoints.Value))
                        : "—",
                    f.Evidence,
                };
            }), "figures", "各文件中的数字"));
        body.Append("</section>");
        return Pages.Document($"{name} · {model.Edition}", model, body.ToString(), "site indicator");
    }
}
