using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// A page per indicator: each parent's goal and what its children carry, then every figure with its share or why
/// not, and its source clause. The figures are in region-code order (a parent before its children) and split into
/// pages of <see cref="RowsPerPage"/> rows, so an indicator page stays small at any number of documents.
/// </summary>
internal static class IndicatorPages
{
    public const int RowsPerPage = 150;

    /// <summary>File names come from the catalog id (ASCII, fixed), never from document text; page 1 keeps the plain name.</summary>
    public static string FileName(string indicatorId, int page = 1) =>
        page <= 1 ? $"indicator-{indicatorId}.html" : $"indicator-{indicatorId}-{page}.html";

    public static IEnumerable<(string Id, string Name)> Indicators(ReportModel model) =>
        model.Analysis.Targets.Select(t => (t.IndicatorId, t.Indicator)).Distinct().OrderBy(i => i.IndicatorId, StringComparer.Ordinal);

    /// <summary>Every page of every indicator: (file name, html).</summary>
    public static IEnumerable<(string FileName, string Html)> AllPages(ReportModel model)
    {
        var a = model.Analysis;
        var regionOf = a.Sources.GroupBy(s => s.FileName).ToDictionary(g => g.Key, g => g.First().RegionCode ?? g.First().DistrictCode ?? "~");
        var shares = a.Shares.ToLookup(s => (s.IndicatorId, s.District, s.Value, s.Measure));
        var rates = a.Rates.ToLookup(r => (r.IndicatorId, r.District, r.DistrictRate));
        var figuresOf = a.Targets.ToLookup(t => t.IndicatorId);
        foreach (var (id, name) in Indicators(model))
        {
            var figures = figuresOf[id].OrderBy(f => regionOf.GetValueOrDefault(f.Document, "~"), StringComparer.Ordinal)
                .ThenBy(f => f.Document, StringComparer.Ordinal).ThenBy(f => f.Start).ToList();
            var pages = Math.Max(1, (figures.Count + RowsPerPage - 1) / RowsPerPage);
            for (var page = 1; page <= pages; page++)
            {
                var rows = figures.Skip((page - 1) * RowsPerPage).Take(RowsPerPage).Select(f =>
                {
                    var share = shares[(f.IndicatorId, f.District, f.Value, f.Measure)].FirstOrDefault();
                    var rate = f.District is null ? null : rates[(f.IndicatorId, f.District, f.Value)].FirstOrDefault();
                    return new[]
                    {
                        f.District ?? f.Issuer, f.Kind == "target" ? $"{f.Year} 年目标" : $"{f.Year} 年实绩",
                        Quantity(f.Value, f.ValueMax, f.Unit, f.Qualifier), Extraction.Measures.Chinese(f.Measure),
                        share?.Share is not null ? Percent(share.Share.Value) + (share.RuleName is null ? "" : $"（规则：{share.RuleName}）")
                            : share is not null ? "不可比：" + share.NotComparableReason
                            : rate?.GapPoints is not null ? (rate.GapPoints == 0 ? "与上级持平" : "较上级 " + Points(rate.GapPoints.Value))
                            : "—",
                        f.Evidence,
                    };
                });
                yield return (FileName(id, page), Render(model, id, name, rows, page, pages, figures.Count));
            }
        }
    }

    private static string Render(ReportModel model, string indicatorId, string name, IEnumerable<string[]> rows, int page, int pages, int total)
    {
        var a = model.Analysis;
        var body = new StringBuilder($"""
            <header class="site">
              <p class="issuer"><a href="index.html">首页</a> · 指标</p>
              <h1>{Html(name)}</h1>
              <p class="edition">第 {Html(model.Edition)} 期{(pages > 1 ? $" · 第 {page}/{pages} 页" : "")}</p>
            </header>
            """);
        var coverage = a.Coverage.Where(c => c.IndicatorId == indicatorId).ToList();
        if (page == 1 && coverage.Count > 0)
        {
            var parents = a.ParentRegions.ToDictionary(p => p.Code, p => p.Name);
            var several = coverage.Select(c => c.ParentCode).Distinct().Count() > 1;
            var words = Documents.ChildWording.For(coverage[0].ParentCode); // one parent's page: 全市 / 各区, or 全省 / 各市
            var caption = several ? "各上级目标与下级承担" : $"{words.Whole}目标与{words.Each}承担";
            body.Append($"<section><h2>{caption}</h2>");
            var header = new List<string> { "上级目标", "已知下级合计", "占比", "其余下级需承担", "平均每个" };
            if (several) header.Insert(0, "上级地区");
            else header = [$"{words.Own}目标", $"已知{words.Each}合计", "占比", $"其余{words.Each}需承担", $"平均每{words.Unit}"];
            var counter = several ? "" : words.Unit;
            body.Append(Pages.Table(header.ToArray(), coverage.Select(c =>
            {
                var row = new List<string>
                {
                    $"{Extraction.Measures.Chinese(c.Measure)} {Quantity(c.Goal, null, c.Unit, c.Qualifier)}",
                    $"{Amount(c.DistrictSum, c.Unit)}（{c.ComparableDistricts} 个{counter}）",
                    c.Share is null ? "不计算" : Percent(c.Share.Value),
                    c.Remaining is null ? c.NotSharedReason ?? "—" : $"{Amount(c.Remaining.Value, c.Unit)}（{c.RemainingDistricts} 个{counter}）" +
                        (c.NotApplicableDistricts > 0 ? $"，{c.NotApplicableDistricts} 个{counter}不适用" : ""),
                    c.RemainingPerDistrict is null ? "—" : Amount(c.RemainingPerDistrict.Value, c.Unit),
                };
                if (several) row.Insert(0, c.ParentCode is not null && parents.TryGetValue(c.ParentCode, out var p) ? p : c.ParentCode ?? "");
                return row.ToArray();
            }), "coverage", caption));
            var cells = a.Cells.Where(c => c.IndicatorId == indicatorId && !c.Applicable).Select(c => c.District).ToList();
            if (cells.Count > 0) body.Append($"<p>不适用的{(several ? "地区" : words.Unit)}：{Html(string.Join("、", cells))}。</p>");
            body.Append("</section>");
        }
        var nav = pages <= 1 ? "" : "<nav class=\"pages\">第 " + string.Join(" ", Enumerable.Range(1, pages).Select(p =>
            p == page ? $"<strong>{p}</strong>" : $"<a href=\"{FileName(indicatorId, p)}\">{p}</a>")) + " 页</nav>";
        body.Append($"<section><h2>各文件中的数字{(pages > 1 ? $"（共 {total} 项，第 {page}/{pages} 页）" : "")}</h2>");
        body.Append(nav);
        body.Append(Pages.Table(["发文机关", "类别", "数值", "口径", "占上级目标", "原文依据"], rows, "figures", "各文件中的数字"));
        body.Append(nav);
        body.Append("</section>");
        return Pages.Document($"{name}{(pages > 1 ? $"（{page}/{pages}）" : "")} · {model.Edition}", model, body.ToString(), "site indicator");
    }
}
