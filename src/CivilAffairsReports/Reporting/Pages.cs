using System.Globalization;
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
              <p class="issuer">{Html(model.Issuer)} · 数据分析</p>
              <h1>{Html(model.Heading)}</h1>
              <p class="edition">{model.PlanYear} 年度 · 第 {Html(model.Edition)} 期 · 数据截至 {Html(Date(model.DataAsOf))}</p>
              {(model.PlanNotice is null ? "" : $"<p class=\"notice\">{Html(model.PlanNotice)}</p>")}
            </header>
            <section class="findings">
              <h2>一、要点</h2>
              <ol>{string.Concat(Findings.Summarise(model).Select(f => $"<li>{Html(f)}</li>"))}</ol>
            """);
        body.Append(GoalSummary.Table(model));
        body.Append($"<p class=\"progress-line\">{Html(ProgressSection.OneLine(model))}</p>");
        body.Append("</section>");

        body.Append($"<section><h2>二、{model.Each}目标占{model.Whole}目标的比例</h2>");
        var sharesChart = model.Charts.FirstOrDefault(c => c.Id == "shares-by-indicator");
        if (sharesChart is not null) body.Append(Chart(sharesChart));
        var matrix = model.Charts.FirstOrDefault(c => c.Id == "district-indicator-shares");
        if (matrix is not null) body.Append("<div class=\"site-only\">").Append(Chart(matrix)).Append("</div>");   // page 1's table says the same in print
        // The clauses are evidence for the site; the printed briefing points to them and stays short.
        body.Append($"<div class=\"site-only\"><h3>{model.Whole}目标原文</h3>").Append(GoalSummary.MunicipalClauses(model)).Append("</div>");
        body.Append($"<p>{model.Whole}目标和{model.Each}目标的原文依据见{model.Each}简报及网站的分指标页面。</p>");
        body.Append("</section>");

        body.Append("<section><h2>三、比率类目标对比</h2>");
        var rateChart = model.Charts.FirstOrDefault(c => c.Id == "rate-comparison");
        if (rateChart is not null && a.Rates.Count > 0) body.Append(Chart(rateChart));
        body.Append("<div class=\"site-only\">").Append(RatesTable(model)).Append("</div>");
        if (a.Rates.Count > 0) body.Append($"<p>{model.Each}比率类目标及与{model.Whole}的差距见第一部分总表；逐条原文见{model.Each}简报。</p>");
        body.Append("</section>");

        body.Append($"<section><h2>四、{model.PlanYear} 年目标与上年实绩</h2>");
        body.Append(a.YearOnYear.Count == 0 ? $"<p>{model.Levels.Own}文件中没有可对照的上年实绩。</p>"
            : "<p>各项目标的上年实绩见第一部分总表；下图只比较口径、单位相同的计数类目标。</p>");
        var yoyChart = model.Charts.FirstOrDefault(c => c.Id == "goals-vs-previous-year");
        if (yoyChart is not null && a.YearOnYear.Any(y => y.Ratio is not null)) body.Append(Chart(yoyChart));
        body.Append("</section>");

        if (model.Analysis.Progress.AnyReported) body.Append(ProgressSection.Render(model, "五、月度进展"));

        body.Append("<section class=\"appendix\"><h2>附录一　可比口径规则</h2>");
        body.Append(RulesTable(a));
        body.Append("<h2>附录二　不可比项目</h2>");
        body.Append(NotComparableSummary(a));
        body.Append("<h2>附录三　来源、复核与方法</h2>");
        body.Append(SourcesSummary(model));
        body.Append(MethodText(forPrint: true));
        body.Append("</section>");
        return Document(model.Heading + " · " + model.Edition, model, body.ToString(), "briefing",
            model.Heading + " · 第 " + model.Edition + " 期");
    }

    /// <summary>The reviewed rules with their reasons and how many figures each decided in this edition.</summary>
    internal static string RulesTable(AnalysisResult a) =>
        a.Rules.Count == 0 ? "<p>未设可比口径规则：区级目标仅在口径与单位都与市级目标一致时计算占比。</p>" :
        "<p>区级目标在口径与单位都与市级目标一致时计算占比；以下经复核的规则放宽或限制这一做法（规则保存在数据文件中，由业务处室维护）。</p>" +
        Table(["规则", "作用", "理由", "本期涉及"], a.Rules.Select(r => new[]
        {
            r.Name, r.Comparable ? "可比" : "不可比 / 限定范围", r.Reason + (r.Instead is null ? "" : r.Instead),
            r.Applied.ToString(CultureInfo.InvariantCulture) + " 项",
        }), "rules", "经复核的可比口径规则", ["22%", "14%", "50%", "14%"]);

    /// <summary>Not comparable figures grouped by indicator and reason: bounded by the catalog, not by the documents.</summary>
    private static string NotComparableSummary(AnalysisResult a)
    {
        var groups = a.Shares.Where(s => s.Share is null)
            .GroupBy(s => (s.GoalIndicatorName, s.NotComparableReason ?? ""))
            .OrderBy(g => g.Key.GoalIndicatorName, StringComparer.Ordinal).ToList();
        return groups.Count == 0 ? "<p>无。</p>" :
            Table(["指标", "涉及的区", "原因"], groups.Select(g => new[]
            {
                g.Key.GoalIndicatorName,
                string.Join("、", g.Select(s => $"{Short(s.District)} {Extraction.Measures.Chinese(s.Measure)} {Quantity(s.Value, s.ValueMax, s.Unit, s.Qualifier)}")),
                g.Key.Item2,
            }), "not-comparable", "不计算占比的区级目标及原因", ["20%", "36%", "44%"]);
    }

    private static string SourcesSummary(ReportModel model)
    {
        var a = model.Analysis;
        var children = model.ChildSources.ToList();
        var districts = children.Select(s => s.RegionCode ?? s.DistrictCode).Distinct().Count();
        var own = model.Parent is null ? a.Sources.Count(s => s.Level == "municipal") : a.Sources.Count(s => s.RegionCode == model.Parent.Code);
        var (ownWord, childWord) = model.Levels;
        var text = new StringBuilder($"<p>本期依据{ownWord}文件 {own} 份、{childWord}文件 {children.Count} 份（{districts} 个{model.Words.Unit}）：");
        text.Append(Html(string.Join("；", a.Sources.Select(s => $"{s.Issuer}{(s.DocumentNumber is null ? "" : " " + s.DocumentNumber)}"))));
        text.Append("。");
        if (model.DistrictsWithoutDocument.Count > 0)
            text.Append($"尚无文件的区 {model.DistrictsWithoutDocument.Count} 个：{Html(string.Join("、", model.DistrictsWithoutDocument.Select(Short)))}。");
        text.Append(a.Audit.Count == 0 ? "本期没有人工复核更正。" : $"人工复核更正 {a.Audit.Count} 条（{a.Audit.Count(e => e.Applied)} 条生效）。");
        text.Append(a.Conflicts.Count == 0 ? "同一发文机关的不同文件之间未发现数字不一致。" : $"同一发文机关对同一指标给出不同数字 {a.Conflicts.Count} 处，均予保留，不据以计算占比。");
        text.Append("文件清单、复核记录和逐条原文见网站。</p>");
        return text.ToString();
    }

    /// <summary>A district's short name for tight cells: 浦东新区 → 浦东, 普陀区 → 普陀.</summary>
    internal static string Short(string? district) =>
        district is null ? "" : district.EndsWith("新区") ? district[..^2] : district.Length > 2 ? district.TrimEnd('区') : district;

    public const string MethodHtml = "method.html";

    /// <summary>The method; the printed briefing names no files or paths (they are on the site).</summary>
    internal static string MethodText(bool forPrint) => $"""
            <p>从各文件原文中逐句识别带数量的目标，每个数字均保留原文依据及字符位置；指标名称、别名和计量单位见指标目录{(forPrint ? "" : "（catalog/indicators.yaml）")}。</p>
            <p>“新增”“累计”“覆盖”“改造”和比率是不同口径，计量单位（如“人”与“户”、“张”与“人”）不同的数字一般不相加、不相除。
            区级目标在口径与单位都与市级目标一致，或经复核的可比口径规则{(forPrint ? "（附录一）" : "（catalog/comparability-rules.yaml）")}认为可比时计算占比；否则标注“不可比”并说明原因。
            区的年度新增量不与全市累计存量相除。</p>
            <p>市级文件中“工作总结”部分的数字是上一年度实绩，只作为基数，不作为本年度目标；本年目标与上年实绩只在口径、单位一致时作比，
            比率类指标只比较百分点差距。序时进度按计划年度计算：报送月份末已过去的全年比例，计划年度结束后为全年（100%）。</p>
            <p>其余各区需承担的数量 = 市级目标减去有可比数字的各区合计，按行政区划代码（GB/T 2260）中全市下辖、且该指标适用的区里
            尚无可比数字的区数平均；乡村类指标只在有涉农镇的区之间分配，中心城区为“不适用”。累计存量目标在各区没有可比累计数时不计算占比和余量。</p>
            <p>同一发文机关的不同文件对同一指标给出不同数字时，两者均保留并标注冲突，不据以计算占比。人工复核更正（确认、更正、剔除、补录）
            {(forPrint ? "" : "记录在 corrections/reviewed-corrections.yaml 中，")}每次运行时应用，并列入复核记录。</p>
            """;

    public static string Method(ReportModel model) => Document("方法说明 · " + model.Edition, model,
        $"""<header class="site"><p class="issuer"><a href="index.html">首页</a></p><h1>方法说明</h1></header><section>{MethodText(forPrint: false)}</section><section><h2>可比口径规则</h2>{RulesTable(model.Analysis)}</section>""", "site");

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
                {string.Concat(ParentBriefings.Parents(model).Select(p =>
                    $"<li>{Html(p.Name)}简报（下级目标对比）：<a href=\"{ParentBriefings.FileStem(model, p)}.pdf\">PDF</a> · <a href=\"{ParentBriefings.FileStem(model, p)}.html\">网页版</a></li>"))}
                {string.Concat(DistrictPages.Districts(model).Select(d =>
                    $"<li>{Html(d.PlaceName)}简报：<a href=\"{DistrictPages.FileStem(d)}.pdf\">PDF</a> · <a href=\"{DistrictPages.FileStem(d)}.html\">网页版</a></li>"))}
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

    /// <summary>The children's rate targets beside the parent's; their clauses are in the children's briefings.</summary>
    private static string RatesTable(ReportModel model) => model.Analysis.Rates is var rates && rates.Count == 0
        ? $"<p>本期文件中无{model.Levels.Child}比率类目标。</p>" :
        Table(["指标", model.Words.Unit, $"{model.Levels.Child}目标", $"{model.Whole}目标", "差距", $"上年{model.Whole}实际"],
            rates.Select(r => new[]
            {
                r.IndicatorName, Short(r.District), Quantity(r.DistrictRate, null, "%", r.DistrictQualifier),
                r.MunicipalRate is null ? $"{model.Levels.Own}未设" : Quantity(r.MunicipalRate.Value, null, "%", r.MunicipalQualifier),
                r.GapPoints is null ? "—" : r.GapPoints == 0 ? "持平" : Points(r.GapPoints.Value),
                r.PreviousActual is null ? "—" : $"{Quantity(r.PreviousActual.Value, null, "%", r.PreviousQualifier)}（{r.PreviousYear} 年）",
            }), "rates", $"{model.Each}比率类目标与{model.Whole}目标", ["26%", "10%", "14%", "14%", "18%", "18%"]);

    /// <summary>A chart inlined as SVG: drawn once for the edition, shown by the browser and printed into the PDF as it is.</summary>
    internal static string Chart(ChartSpec chart) => $"""
        <figure class="chart">
          {chart.InlineSvg(chart.Title)}
          <figcaption>{Html(chart.Title)}</figcaption>
        </figure>
        """;

    /// <summary>
    /// A table whose columns are sized to the type area (fixed layout, so print never shrinks the page), with column
    /// headers scoped, the first cell of a row as its row header, and an optional caption. Cells are text and escaped.
    /// </summary>
    internal static string Table(string[] header, IEnumerable<string[]> rows, string cssClass = "", string? caption = null, string[]? widths = null)
    {
        var sb = new StringBuilder($"<table class=\"{cssClass}\">");
        if (caption is not null) sb.Append("<caption>").Append(Html(caption)).Append("</caption>");
        if (widths is not null)
            sb.Append("<colgroup>").Append(string.Concat(widths.Select(w => $"<col style=\"width:{Html(w)}\">"))).Append("</colgroup>");
        sb.Append("<thead><tr>");
        foreach (var h in header) sb.Append("<th scope=\"col\">").Append(Html(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
                sb.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(Html(row[i])).Append(i == 0 ? "</th>" : "</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>A CSS string literal's contents: quotes, backslashes and angle brackets escaped.</summary>
    private static string CssString(string text) => string.Concat(text.Select(c =>
        c is '"' or '\\' or '<' or '>' or '\n' ? $"\\{(int)c:x} " : c.ToString()));

    private static string RunningHeader(string text) => "@page { @top-center { content: \"" + CssString(text) + "\"; } }";

    /// <summary>A page of the edition. Every page but the index links back to it; briefings carry their own running header.</summary>
    internal static string Document(string title, ReportModel model, string body, string kind, string? runningHeader = null) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'none'">
        <title>{Html(title)}</title>
        <link rel="stylesheet" href="assets/report.css">
        <style>{RunningHeader(runningHeader ?? ReportModel.Title + " · 第 " + model.Edition + " 期")}</style>
        </head>
        <body class="{kind}">
        {(kind == "site" && title == ReportModel.Title ? "" : "<nav class=\"back\"><a href=\"index.html\">← 返回首页</a></nav>")}
        {body}
        </body>
        </html>
        """;
}
