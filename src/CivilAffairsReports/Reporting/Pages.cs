using System.Text;
using CivilAffairsReports.Analysis;
using CivilAffairsReports.Reporting.Charts;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>The edition's HTML pages. Every string that comes from a document goes through <see cref="Format.Html"/>.</summary>
internal static class Pages
{
    public const string BriefingHtml = "briefing.html";
    public const string BriefingPdf = "briefing.pdf";
    public const string TargetsCsvPath = "data/targets.csv";
    public const string TargetsParquetPath = "data/targets.parquet";

    public static string Briefing(ReportModel model)
    {
        var a = model.Analysis;
        var body = new StringBuilder();
        body.Append($"""
            <header class="cover">
              <p class="issuer">上海市民政局 · 数据分析</p>
              <h1>{Html(ReportModel.Title)}</h1>
              <p class="edition">{model.PlanYear} 年度 · 第 {Html(model.Edition)} 期 · 数据截至 {Html(Date(model.DataAsOf))}</p>
              <p class="sources">来源：{Html(string.Join("；", a.Sources.Select(s => $"{s.Issuer}《{s.Title}》{s.DocumentNumber}")))}</p>
            </header>
            <section class="findings">
              <h2>一、主要发现</h2>
              <ol>{string.Concat(Findings.Summarise(model).Select(f => $"<li>{Html(f)}</li>"))}</ol>
            </section>
            """);

        body.Append("<section><h2>二、各区目标占市级目标的比例</h2>");
        var sharesChart = model.Charts.FirstOrDefault(c => c.Id == "shares-by-indicator");
        if (sharesChart is not null) body.Append(Chart(sharesChart));
        body.Append("<h3>（一）已知各区合计与其余各区需承担部分</h3>");
        body.Append(CoverageTable(a));
        var matrix = model.Charts.FirstOrDefault(c => c.Id == "district-indicator-shares");
        if (matrix is not null) body.Append("<h3>（二）分区分指标占比</h3>").Append(Chart(matrix));
        body.Append("<h3>（三）各区明细及原文依据</h3>");
        body.Append(SharesTable(a));
        body.Append("</section>");

        body.Append("<section><h2>三、比率类目标对比</h2>");
        var rateChart = model.Charts.FirstOrDefault(c => c.Id == "rate-comparison");
        if (rateChart is not null && a.Rates.Count > 0) body.Append(Chart(rateChart));
        body.Append(RatesTable(a));
        body.Append("</section>");

        body.Append($"<section><h2>四、{model.PlanYear} 年目标与上年实绩</h2>");
        var yoyChart = model.Charts.FirstOrDefault(c => c.Id == "goals-vs-previous-year");
        if (yoyChart is not null && a.YearOnYear.Any(y => y.Ratio is not null)) body.Append(Chart(yoyChart));
        body.Append(a.YearOnYear.Count == 0 ? "<p>市级文件中没有可对照的上年实绩。</p>" :
            Table(["指标", "本年目标", "上年实绩", "目标 / 上年实绩"], a.YearOnYear.Select(y => new[]
            {
                y.IndicatorName, $"{Extraction.Measures.Chinese(y.Measure)} {Number(y.Target)} {y.Unit}",
                $"{Extraction.Measures.Chinese(y.PreviousMeasure)} {Quantity(y.PreviousActual, null, y.PreviousUnit, y.PreviousQualifier)}（{y.PreviousYear} 年）",
                y.Ratio is not null ? Percent(y.Ratio.Value)
                    : y.Measure == "rate" && y.PreviousMeasure == "rate" ? Points(y.Target - y.PreviousActual)
                    : "口径或单位不同，不作比较",
            }), "year-on-year"));
        body.Append("</section>");

        body.Append("<section><h2>五、不可比项目及原因</h2>");
        body.Append(NotComparableTable(a));
        body.Append("</section>");

        body.Append("<section><h2>六、数据冲突</h2>");
        body.Append(a.Conflicts.Count == 0
            ? "<p>同一发文机关的不同文件之间未发现同一指标数字不一致。</p>"
            : Table(["发文机关", "指标", "年度", "口径", "各文件数字"], a.Conflicts.Select(c => new[]
                { c.Issuer, c.IndicatorName, c.Year.ToString(), Extraction.Measures.Chinese(c.Measure), c.Figures })));
        body.Append("</section>");

        body.Append(ProgressSection.Render(model, "七、月度进展"));
        body.Append("<section class=\"appendix\"><h2>附录一　来源文件</h2>");
        body.Append(Table(["发文机关", "文号", "发文日期", "年度", "文件", "提取数字"], a.Sources.Select(s => new[]
            { s.Issuer, s.DocumentNumber ?? "未注明", Date(s.IssueDate), s.Year?.ToString() ?? "", s.FileName, s.Figures.ToString() })));
        if (model.DistrictsWithoutDocument.Count > 0)
            body.Append($"<p>尚无文件的区（{model.DistrictsWithoutDocument.Count} 个）：{Html(string.Join("、", model.DistrictsWithoutDocument))}。</p>");
        body.Append("<h2>附录二　人工复核记录</h2>");
        body.Append(AuditTable(a));
        body.Append("<h2>附录三　方法说明</h2>");
        body.Append(MethodText);
        body.Append("</section>");
        return Document(ReportModel.Title + " · " + model.Edition, model, body.ToString(), "briefing");
    }

    public const string MethodHtml = "method.html";

    private const string MethodText = """
            <p>从各文件原文中逐句识别带数量的目标，每个数字均保留原文依据及字符位置；指标名称、别名和计量单位见指标目录（catalog/indicators.yaml）。</p>
            <p>“新增”“累计”“覆盖”“改造”和比率是不同口径，计量单位（如“人”与“户”、“张”与“人”）不同的数字也不相加、不相除。
            只有口径与单位都与市级目标一致的区级目标才计算占比；否则标注“不可比”并说明原因。</p>
            <p>市级文件中“工作总结”部分的数字是上一年度实绩，只作为基数，不作为本年度目标；本年目标与上年实绩只在口径、单位一致时作比，
            比率类指标只比较百分点差距。</p>
            <p>已知各区合计之外的部分，按“市级目标减已知各区合计”计算其余各区需承担的数量，并按上海市 16 个区中尚无文件的区数平均。</p>
            <p>同一发文机关的不同文件对同一指标给出不同数字时，两者均保留并标注冲突，不据以计算占比。人工复核更正（确认、更正、剔除、补录）
            记录在 corrections/reviewed-corrections.yaml 中，每次运行时应用，并在“人工复核记录”中列明。</p>
            """;

    public static string Method(ReportModel model) => Document("方法说明 · " + model.Edition, model,
        $"""<header class="site"><p class="issuer"><a href="index.html">首页</a></p><h1>方法说明</h1></header><section>{MethodText}</section>""", "site");

    public static string Index(ReportModel model)
    {
        var a = model.Analysis;
        var body = new StringBuilder();
        body.Append($"""
            <header class="site">
              <h1>{Html(ReportModel.Title)}</h1>
              <p class="edition">第 {Html(model.Edition)} 期 · 数据截至 {Html(Date(model.DataAsOf))} · 生成于 {model.GeneratedAt:yyyy-MM-dd HH:mm}</p>
            </header>
            <section>
              <h2>下载</h2>
              <ul class="downloads">
                <li><a href="{BriefingPdf}">市级简报（PDF）</a> · <a href="{BriefingHtml}">网页版</a></li>
                {string.Concat(DistrictPages.Districts(model).Select(d =>
                    $"<li>{Html(d.District)}简报：<a href=\"{DistrictPages.FileStem(d)}.pdf\">PDF</a> · <a href=\"{DistrictPages.FileStem(d)}.html\">网页版</a></li>"))}
                <li>数据下载：<a href="{TargetsCsvPath}">全部提取数字（CSV）</a> · <a href="{TargetsParquetPath}">Parquet</a> · <a href="{WorkbookExporter.FileName}">对比表（Excel 工作簿）</a></li>
                <li><a href="{ReviewPage.FileName}">提取结果复核页（原文标注）</a> · <a href="{MethodHtml}">方法说明</a></li>
                <li>按指标：{string.Join("、", IndicatorPages.Indicators(model).Select(i => $"<a href=\"{IndicatorPages.FileName(i.Id)}\">{Html(i.Name)}</a>"))}</li>
              </ul>
            </section>
            <section>
              <h2>主要发现</h2>
              <ol>{string.Concat(Findings.Summarise(model).Select(f => $"<li>{Html(f)}</li>"))}</ol>
            </section>
            <section>
              <h2>来源文件</h2>
            """);
        body.Append(Table(["发文机关", "文号", "发文日期", "文件", "提取数字"], a.Sources.Select(s => new[]
            { s.Issuer, s.DocumentNumber ?? "未注明", Date(s.IssueDate), s.FileName, s.Figures.ToString() })));
        body.Append("</section>");
        body.Append("<section><h2>人工复核记录</h2>").Append(AuditTable(a)).Append("</section>");
        body.Append("<section><h2>往期</h2>");
        body.Append(model.EarlierEditions.Count == 0 ? "<p>本期为第一期。</p>" :
            "<ul class=\"downloads\">" + string.Concat(model.EarlierEditions.Select(e =>
                $"<li>第 {Html(e)} 期：<a href=\"editions/{Html(e)}/index.html\">首页</a> · <a href=\"editions/{Html(e)}/{BriefingPdf}\">市级简报 PDF</a></li>")) + "</ul>");
        body.Append("</section>");
        if (model.UnreadDocuments.Count > 0)
            body.Append($"<section><h2>未能读取的文件</h2><ul>{string.Concat(model.UnreadDocuments.Select(d => $"<li>{Html(d)}</li>"))}</ul></section>");
        return Document(ReportModel.Title, model, body.ToString(), "site");
    }

    private static string AuditTable(AnalysisResult a) =>
        a.Audit.Count == 0
            ? "<p>本期没有人工复核更正（corrections/reviewed-corrections.yaml 中无条目）；所有数字均为自动提取，可在复核页逐条核对。</p>"
            : Table(["操作", "文件", "变更", "复核人", "理由", "状态"], a.Audit.Select(e => new[]
            {
                Review.CorrectionActions.Chinese(e.Action), e.Document, $"{e.Before} → {e.After}", $"{e.Who}（{e.When}）", e.Why,
                e.Applied ? "已生效" : "未生效：" + e.Problem,
            }), "audit");

    private static string CoverageTable(AnalysisResult a) =>
        Table(["指标", "市级目标", "已知各区合计", "占比", "其余各区需承担", "平均每区"],
            a.Coverage.Where(c => c.ComparableDistricts > 0).Select(c => new[]
            {
                c.IndicatorName, $"{Extraction.Measures.Chinese(c.Measure)} {Number(c.Goal)} {c.Unit}",
                $"{Number(c.DistrictSum)} {c.Unit}（{c.ComparableDistricts} 个区）", Percent(c.ShareSum),
                $"{Number(c.Remaining)} {c.Unit}（{c.DistrictsWithoutDocument} 个区）",
                c.RemainingPerDistrict is null ? "—" : $"{Number(c.RemainingPerDistrict.Value)} {c.Unit}",
            }), "coverage");

    private static string SharesTable(AnalysisResult a) =>
        Table(["指标", "区", "区级目标", "市级目标", "占比", "原文依据"],
            a.Shares.Where(s => s.Share is not null).Select(s => new[]
            {
                s.IndicatorName, s.District, Quantity(s.Value, s.ValueMax, s.Unit, s.Qualifier),
                $"{Number(s.MunicipalGoal!.Value)} {s.MunicipalUnit}", Percent(s.Share!.Value), s.Evidence,
            }), "shares");

    private static string RatesTable(AnalysisResult a) =>
        a.Rates.Count == 0 ? "<p>本期文件中无区级比率类目标。</p>" :
        Table(["指标", "区", "区级目标", "全市目标", "差距", "上年全市实际", "原文依据"],
            a.Rates.Select(r => new[]
            {
                r.IndicatorName, r.District, Quantity(r.DistrictRate, null, "%", r.DistrictQualifier),
                r.MunicipalRate is null ? "市级未设" : Quantity(r.MunicipalRate.Value, null, "%", r.MunicipalQualifier),
                r.GapPoints is null ? "—" : r.GapPoints == 0 ? "持平" : Points(r.GapPoints.Value),
                r.PreviousActual is null ? "—" : $"{Quantity(r.PreviousActual.Value, null, "%", r.PreviousQualifier)}（{r.PreviousYear} 年）",
                r.Evidence,
            }), "rates");

    private static string NotComparableTable(AnalysisResult a)
    {
        var rows = a.Shares.Where(s => s.Share is null).ToList();
        return rows.Count == 0 ? "<p>无。</p>" :
            Table(["指标", "区", "区级目标", "市级目标", "不可比原因", "原文依据"], rows.Select(s => new[]
            {
                s.IndicatorName, s.District, $"{Extraction.Measures.Chinese(s.Measure)} {Quantity(s.Value, s.ValueMax, s.Unit, s.Qualifier)}",
                s.MunicipalGoal is null ? "—" : $"{Extraction.Measures.Chinese(s.MunicipalMeasure!)} {Number(s.MunicipalGoal.Value)} {s.MunicipalUnit}",
                s.NotComparableReason ?? "", s.Evidence,
            }), "not-comparable");
    }

    /// <summary>A chart inlined as SVG: drawn once for the edition, shown by the browser and printed into the PDF as it is.</summary>
    internal static string Chart(ChartSpec chart) => $"""
        <figure class="chart">
          {chart.InlineSvg(chart.Title)}
          <figcaption>{Html(chart.Title)}</figcaption>
        </figure>
        """;

    internal static string Table(string[] header, IEnumerable<string[]> rows, string cssClass = "")
    {
        var sb = new StringBuilder($"<table class=\"{cssClass}\"><thead><tr>");
        foreach (var h in header) sb.Append("<th>").Append(Html(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(Html(cell)).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>A CSS string literal's contents: quotes, backslashes and angle brackets escaped.</summary>
    private static string CssString(string text) => string.Concat(text.Select(c =>
        c is '"' or '\\' or '<' or '>' or '\n' ? $"\\{(int)c:x} " : c.ToString()));

    private static string RunningHeader(ReportModel model) =>
        "@page { @top-center { content: \"" + CssString(ReportModel.Title + " · 第 " + model.Edition + " 期") + "\"; } }";

    internal static string Document(string title, ReportModel model, string body, string kind) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'none'">
        <title>{Html(title)}</title>
        <link rel="stylesheet" href="assets/report.css">
        <style>{RunningHeader(model)}</style>
        </head>
        <body class="{kind}">
        {body}
        </body>
        </html>
        """;
}
