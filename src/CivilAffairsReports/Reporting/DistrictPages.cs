using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// One briefing per district with a document: its targets, its share of each municipal goal, how its rates
/// compare, what the city quantified that it did not, and the source clause of every figure.
/// </summary>
internal static class DistrictPages
{
    /// <summary>File names come from the GB/T 2260 code, never from document text.</summary>
    public static string FileStem(SourceInfo district) => $"district-{district.DistrictCode}";

    public static IEnumerable<SourceInfo> Districts(ReportModel model) =>
        model.Analysis.Sources.Where(s => s.Level == "district" && s.DistrictCode is not null)
            .GroupBy(s => s.DistrictCode).Select(g => g.First());

    public static string Render(ReportModel model, SourceInfo source)
    {
        var a = model.Analysis;
        var name = source.District!;
        var targets = a.Targets.Where(t => t.District == name && t.Kind == "target").ToList();
        var shares = a.Shares.Where(s => s.District == name).ToList();
        var rates = a.Rates.Where(r => r.District == name).ToList();
        var quantified = targets.Select(t => t.IndicatorId).ToHashSet();
        var cityOnly = a.Targets.Where(t => t.Level == "municipal" && t.Kind == "target" && !quantified.Contains(t.IndicatorId)).ToList();

        var findings = new List<string>
        {
            $"{name}本年度工作要点中有量化目标 {targets.Count} 项，其中 {shares.Count(s => s.Share is not null)} 项与全市目标口径、单位一致，可计算占比。",
        };
        findings.AddRange(shares.Where(s => s.Share is not null).OrderByDescending(s => s.Share).Take(5).Select(s =>
            $"{s.IndicatorName}：{name}{Extraction.Measures.Chinese(s.Measure)} {Quantity(s.Value, s.ValueMax, s.Unit, s.Qualifier)}，" +
            $"占全市目标 {Number(s.MunicipalGoal!.Value)} {s.MunicipalUnit} 的 {Percent(s.Share!.Value)}。"));
        findings.AddRange(rates.Where(r => r.MunicipalRate is not null).Select(r =>
            $"{r.IndicatorName}：{name}目标 {Quantity(r.DistrictRate, null, "%", r.DistrictQualifier)}，全市目标 " +
            $"{Quantity(r.MunicipalRate!.Value, null, "%", r.MunicipalQualifier)}" +
            (r.GapPoints == 0 ? "，与全市持平。" : $"，{(r.GapPoints > 0 ? "高于" : "低于")}全市 {Math.Abs(r.GapPoints!.Value):0.0} 个百分点。")));
        if (cityOnly.Count > 0)
            findings.Add($"全市有量化目标而{name}未量化的指标 {cityOnly.Select(c => c.IndicatorId).Distinct().Count()} 项（见第四部分）。");

        var body = new StringBuilder($"""
            <header class="cover">
              <p class="issuer">上海市民政局 · 数据分析 · <a href="index.html">全部简报</a></p>
              <h1>{Html(name)}量化目标简报</h1>
              <p class="edition">{model.PlanYear} 年度 · 第 {Html(model.Edition)} 期</p>
              <p class="sources">来源：{Html($"{source.Issuer}《{source.Title}》{source.DocumentNumber}，{Date(source.IssueDate)}")}</p>
            </header>
            <section class="findings"><h2>一、要点</h2><ol>{string.Concat(findings.Select(f => $"<li>{Html(f)}</li>"))}</ol></section>
            <section><h2>二、各项目标及占全市目标的比例</h2>
            """);
        body.Append(Pages.Table(["指标", "区级目标", "市级目标", "占比", "原文依据"], targets.Where(t => t.Measure != "rate").Select(t =>
        {
            var share = shares.FirstOrDefault(s => s.IndicatorId == t.IndicatorId && s.Value == t.Value && s.Measure == t.Measure);
            return new[]
            {
                t.Indicator, $"{Extraction.Measures.Chinese(t.Measure)} {Quantity(t.Value, t.ValueMax, t.Unit, t.Qualifier)}",
                share?.MunicipalGoal is null ? "—" : $"{Extraction.Measures.Chinese(share.MunicipalMeasure!)} {Number(share.MunicipalGoal.Value)} {share.MunicipalUnit}",
                share?.Share is not null ? Percent(share.Share.Value) : "不可比：" + (share?.NotComparableReason ?? "市级无对应量化目标"),
                t.Evidence,
            };
        }), "district"));
        body.Append("</section><section><h2>三、比率类目标</h2>");
        body.Append(rates.Count == 0 ? "<p>无。</p>" : Pages.Table(["指标", "区级目标", "全市目标", "差距", "原文依据"], rates.Select(r => new[]
        {
            r.IndicatorName, Quantity(r.DistrictRate, null, "%", r.DistrictQualifier),
            r.MunicipalRate is null ? "市级未设" : Quantity(r.MunicipalRate.Value, null, "%", r.MunicipalQualifier),
            r.GapPoints is null ? "—" : r.GapPoints == 0 ? "持平" : Points(r.GapPoints.Value), r.Evidence,
        }), "rates"));
        body.Append($"</section><section><h2>四、全市有量化目标而{Html(name)}未量化的指标</h2>");
        body.Append(cityOnly.Count == 0 ? "<p>无。</p>" : Pages.Table(["指标", "全市目标", "市级原文"], cityOnly.Select(c => new[]
        {
            c.Indicator, $"{Extraction.Measures.Chinese(c.Measure)} {Quantity(c.Value, c.ValueMax, c.Unit, c.Qualifier)}", c.Evidence,
        })));
        body.Append("</section>");
        body.Append(ProgressSection.Render(model, "五、月度进展", name));
        return Pages.Document($"{name}量化目标简报 · {model.Edition}", model, body.ToString(), "briefing district");
    }
}
