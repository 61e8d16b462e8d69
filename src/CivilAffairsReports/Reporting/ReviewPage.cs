using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// review.html: the index of the review pages — documents whose metadata was inferred (待确认) with what was inferred,
/// then every document with its counts. Each document has its own page, review-&lt;hash&gt;.html: its text as read,
/// every extracted figure highlighted and linked to its row, every number not taken marked with the reason. One page
/// per document keeps every page small however many documents the edition holds; staff check a document in minutes.
/// </summary>
internal static partial class ReviewPage
{
    public const string FileName = "review.html";

    /// <summary>A document's page, named by its content hash (ASCII, stable across runs), never by its file name.</summary>
    public static string DocumentFileName(ReviewDocument document) =>
        $"review-{(document.ContentHash.Length >= 12 ? document.ContentHash[..12] : document.ContentHash)}.html";

    private const string Legend = """
        <p>原文中<mark class="taken">绿色</mark>为已提取的数字（点击跳到对应行），<mark class="uncatalogued">橙色</mark>为疑似目标但指标目录中没有的数字（请复核），
        <mark class="skipped">灰色</mark>为未提取的数字（悬停可见原因）。发现错误请在 corrections/reviewed-corrections.yaml 中确认、更正、剔除或补录。</p>
        """;

    public static string Render(ReportModel model)
    {
        var documents = model.Analysis.Review;
        var body = new StringBuilder($"""
            <header class="site">
              <h1>提取结果复核</h1>
              <p class="edition">第 {Html(model.Edition)} 期 · <a href="index.html">返回首页</a></p>
              {Legend}
            </header>
            """);

        var unconfirmed = documents.Select((d, i) => (d, i)).Where(x => x.d.Unconfirmed is not null).ToList();
        body.Append($"<section id=\"unconfirmed\"><h2>待确认：发文机关、地区或年度系推断（{unconfirmed.Count}）</h2>");
        body.Append(unconfirmed.Count == 0 ? "<p>无：所有文件的发文机关、地区和年度均从原文读出。</p>" :
            "<p>以下文件的元数据不是从原文直接读出，而是推断的；请核对，需要时在 corrections/reviewed-corrections.yaml 中设定。</p>" +
            Table(["文件", "发文机关", "推断了什么"], unconfirmed.Select(x => new[]
            {
                Link(DocumentFileName(x.d), x.d.FileName), Html(x.d.Issuer), Html(x.d.Unconfirmed!),
            })));
        body.Append("</section>");

        body.Append("<section><h2>概览</h2>");
        body.Append(Table(["文件", "发文机关", "已提取", "待复核", "未提取"], documents.Select(d => new[]
        {
            Link(DocumentFileName(d), d.FileName), Html(d.Issuer) + (d.Unconfirmed is null ? "" : "（待确认）"), d.Figures.Count.ToString(),
            d.Skipped.Count(s => s.Uncatalogued).ToString(), d.Skipped.Count(s => !s.Uncatalogued).ToString(),
        })));
        body.Append("</section>");
        return Pages.Document("提取结果复核 · " + model.Edition, model, body.ToString(), "site review");
    }

    /// <summary>Every document's own review page: (file name, html).</summary>
    public static IEnumerable<(string FileName, string Html)> DocumentPages(ReportModel model) =>
        model.Analysis.Review.Select((d, i) => (DocumentFileName(d), RenderDocument(model, d, i + 1)));

    public static string RenderDocument(ReportModel model, ReviewDocument document, int index)
    {
        var body = new StringBuilder($"""
            <header class="site">
              <p class="issuer"><a href="index.html">首页</a> · <a href="{FileName}">提取结果复核</a></p>
              <h1>{Html(document.FileName)}</h1>
              <p class="edition">第 {Html(model.Edition)} 期 · {Html(document.Issuer)}</p>
              {Legend}
            </header>
            """);
        body.Append($"<section id=\"doc{index}\">");
        if (document.Unconfirmed is not null)
            body.Append($"<p class=\"notice\">待确认：{Html(document.Unconfirmed)}。</p>");
        body.Append("<h2>已提取的数字</h2>");
        body.Append(Table(["#", "指标", "类别", "数值", "口径", "原文依据", "复核"], document.Figures.Select(f => new[]
        {
            $"<a id=\"doc{index}-row{f.Seq}\" href=\"#doc{index}-f{f.Seq}\">{f.Seq}</a>",
            Html(f.IndicatorName), f.Kind == "target" ? $"{f.Year} 目标" : $"{f.Year} 实绩",
            Html(Quantity(f.Value, f.ValueMax, f.Unit, f.Qualifier)), Html(Extraction.Measures.Chinese(f.Measure)),
            Html(f.Evidence), Html(f.Review is null ? "" : Review.CorrectionActions.Chinese(f.Review)),
        })));
        var pending = document.Skipped.Where(s => s.Uncatalogued).ToList();
        if (pending.Count > 0)
        {
            body.Append($"<h3>待复核：疑似目标，目录中无此指标（{pending.Count}）</h3>");
            body.Append(Table(["数字", "上下文"], pending.Select(s => new[] { Link($"#doc{index}-s{s.Seq}", s.Text), Html(s.Context) })));
        }
        body.Append($"<details open><summary>原文（{document.Text.Length:#,0} 字）</summary><pre class=\"document\">");
        body.Append(MarkedText(document, index));
        body.Append("</pre></details>");
        var notTaken = document.Skipped.Where(s => !s.Uncatalogued).ToList();
        body.Append($"<details><summary>未提取的数字（{notTaken.Count}）</summary>");
        body.Append(Table(["数字", "原因", "上下文"], notTaken.Select(s => new[]
            { Link($"#doc{index}-s{s.Seq}", s.Text), Html(s.Reason), Html(s.Context) })));
        body.Append("</details></section>");
        return Pages.Document($"{document.FileName} · 提取结果复核 · {model.Edition}", model, body.ToString(), "site review");
    }

    /// <summary>The document text with figure and skipped-number spans marked; overlapping spans keep the first.</summary>
    private static string MarkedText(ReviewDocument document, int index)
    {
        var spans = document.Figures
            .Select(f => (f.Start, f.End, Html: $"<a href=\"#doc{index}-row{f.Seq}\"><mark class=\"taken\" id=\"doc{index}-f{f.Seq}\" title=\"{Html($"{f.IndicatorName} {Quantity(f.Value, f.ValueMax, f.Unit, f.Qualifier)}")}\">", Close: "</mark></a>"))
            .Concat(document.Skipped.Select(s => (s.Start, s.End,
                Html: $"<mark class=\"{(s.Uncatalogued ? "uncatalogued" : "skipped")}\" id=\"doc{index}-s{s.Seq}\" tabindex=\"0\" title=\"{Html(s.Reason)}\" data-reason=\"{Html(s.Reason)}\">", Close: "</mark>")))
            .OrderBy(s => s.Start)
            .ToList();
        var text = document.Text;
        var sb = new StringBuilder();
        var position = 0;
        foreach (var span in spans)
        {
            if (span.Start < position || span.End > text.Length || span.End <= span.Start) continue;
            sb.Append(Plain(text[position..span.Start])).Append(span.Html).Append(Html(text[span.Start..span.End])).Append(span.Close);
            position = span.End;
        }
        return sb.Append(Plain(text[position..])).ToString();
    }

    /// <summary>Text between marks: escaped, with the blank lines PDF extraction leaves collapsed to one break.</summary>
    private static string Plain(string text) => Html(BlankLines().Replace(text, "\n"));

    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]*\n(?:[ \t]*\n)+")]
    private static partial System.Text.RegularExpressions.Regex BlankLines();

    private static string Link(string href, string text) => $"<a href=\"{href}\">{Html(text)}</a>";

    /// <summary>Cells here are already HTML (escaped where they hold document text).</summary>
    private static string Table(string[] header, IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder("<table><thead><tr>");
        foreach (var h in header) sb.Append("<th scope=\"col\">").Append(Html(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows) sb.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{c}</td>"))).Append("</tr>");
        return sb.Append("</tbody></table>").ToString();
    }
}
