using System.Text;
using CivilAffairsReports.Analysis;
using static CivilAffairsReports.Reporting.Format;

namespace CivilAffairsReports.Reporting;

/// <summary>
/// review.html: each document's text as read, every extracted figure highlighted and linked to its row,
/// every number not taken marked with the reason. Staff check a document in minutes from here.
/// </summary>
internal static partial class ReviewPage
{
    public const string FileName = "review.html";

    public static string Render(ReportModel model)
    {
        var documents = model.Analysis.Review;
        var body = new StringBuilder($"""
            <header class="site">
              <h1>提取结果复核</h1>
              <p class="edition">第 {Html(model.Edition)} 期 · <a href="index.html">返回首页</a></p>
              <p>原文中<mark class="taken">绿色</mark>为已提取的数字（点击跳到对应行），<mark class="uncatalogued">橙色</mark>为疑似目标但指标目录中没有的数字（请复核），
              <mark class="skipped">灰色</mark>为未提取的数字（悬停可见原因）。发现错误请在 corrections/reviewed-corrections.yaml 中确认、更正、剔除或补录。</p>
            </header>
            """);

        body.Append("<section><h2>概览</h2>");
        body.Append(Table(["文件", "发文机关", "已提取", "待复核", "未提取"], documents.Select((d, i) => new[]
        {
            Link($"#doc{i + 1}", d.FileName), Html(d.Issuer), d.Figures.Count.ToString(),
            d.Skipped.Count(s => s.Uncatalogued).ToString(), d.Skipped.Count(s => !s.Uncatalogued).ToString(),
        })));
        var pending = documents.SelectMany((d, i) => d.Skipped.Where(s => s.Uncatalogued).Select(s => (Doc: i + 1, d.FileName, s))).ToList();
        if (pending.Count > 0)
        {
            body.Append("<h3>待复核：疑似目标，目录中无此指标</h3>");
            body.Append(Table(["文件", "数字", "上下文"], pending.Select(p => new[]
                { Html(p.FileName), Link($"#doc{p.Doc}-s{p.s.Seq}", p.s.Text), Html(p.s.Context) })));
        }
        body.Append("</section>");

        foreach (var (document, index) in documents.Select((d, i) => (d, i + 1)))
        {
            body.Append($"<section id=\"doc{index}\"><h2>{Html(document.FileName)}　{Html(document.Issuer)}</h2>");
            body.Append(Table(["#", "指标", "类别", "数值", "口径", "原文依据", "复核"], document.Figures.Select(f => new[]
            {
                $"<a id=\"doc{index}-row{f.Seq}\" href=\"#doc{index}-f{f.Seq}\">{f.Seq}</a>",
                Html(f.IndicatorName), f.Kind == "target" ? $"{f.Year} 目标" : $"{f.Year} 实绩",
                Html(Quantity(f.Value, f.ValueMax, f.Unit, f.Qualifier)), Html(Extraction.Measures.Chinese(f.Measure)),
                Html(f.Evidence), Html(f.Review is null ? "" : Review.CorrectionActions.Chinese(f.Review)),
            })));
            body.Append($"<details open><summary>原文（{document.Text.Length:#,0} 字）</summary><pre class=\"document\">");
            body.Append(MarkedText(document, index));
            body.Append("</pre></details>");
            var notTaken = document.Skipped.Where(s => !s.Uncatalogued).ToList();
            body.Append($"<details><summary>未提取的数字（{notTaken.Count}）</summary>");
            body.Append(Table(["数字", "原因", "上下文"], notTaken.Select(s => new[]
                { Link($"#doc{index}-s{s.Seq}", s.Text), Html(s.Reason), Html(s.Context) })));
            body.Append("</details></section>");
        }
        return Pages.Document("提取结果复核 · " + model.Edition, model, body.ToString(), "site review");
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
