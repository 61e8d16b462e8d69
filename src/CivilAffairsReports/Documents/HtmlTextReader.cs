using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CivilAffairsReports.Documents;

/// <summary>
/// A page saved from a bureau's web site (AngleSharp): the article only. Scripts, styles, navigation, menus,
/// headers, footers, sidebars and share bars are left out; the article is the &lt;article&gt; or &lt;main&gt;
/// element, else the element holding the most paragraph text (the usual readability heuristic), with the page's
/// &lt;h1&gt; title kept when it stands just outside it.
/// </summary>
internal static partial class HtmlTextReader
{
    private static readonly string[] NotContent =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "menu", "object", "embed"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "br", "table", "tr",
    };

    public static ExtractedText Read(string fileName, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body ?? throw new DocumentReadException(fileName, "网页没有正文 (no <body>)");
        foreach (var junk in body.QuerySelectorAll(string.Join(",", NotContent)).ToList()) junk.Remove();
        foreach (var junk in body.QuerySelectorAll("*").Where(IsChrome).ToList()) junk.Remove();
        foreach (var hidden in body.QuerySelectorAll("[hidden],[style*='display:none'],[style*='display: none']").ToList()) hidden.Remove();

        var article = Article(body);
        var builder = new ExtractedTextBuilder("html", tracksPages: false);
        if (document.QuerySelector("h1") is { } title && !article.Contains(title) && !title.Contains(article))
            builder.AppendLine(Clean(title.TextContent));
        var line = new StringBuilder();
        Walk(article, builder, line);
        Flush(builder, line);
        return builder.Build();
    }

    /// <summary>Site chrome by its class or id: 导航, 菜单, 页脚, 面包屑, 分享, 版权 and the like.</summary>
    private static bool IsChrome(IElement e)
    {
        var names = $"{e.Id} {e.ClassName}";
        return names.Length > 1 && ChromeName().IsMatch(names) && !ArticleName().IsMatch(names);
    }

    private static IElement Article(IElement body)
    {
        var marked = body.QuerySelectorAll("article, main, [role=main]").OrderByDescending(e => TextLength(e)).FirstOrDefault();
        if (marked is not null && TextLength(marked) >= 100) return marked;

        // Credit each paragraph's text to its parent: the parent with the most is the article body.
        var scores = new Dictionary<IElement, int>();
        foreach (var p in body.QuerySelectorAll("p, div, td, span, font").Where(e => !e.Children.Any(c => Blocks.Contains(c.LocalName))))
        {
            var parent = p.ParentElement;
            if (parent is null) continue;
            var length = TextLength(p);
            if (p.LocalName == "p") length *= 2;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
        }
        var best = scores.OrderByDescending(s => s.Value).Select(s => s.Key).FirstOrDefault();
        // A text split over several sibling containers: climb while the parent holds little else.
        while (best?.ParentElement is { } up && up != body && TextLength(best) >= 0.8 * TextLength(up)) best = up;
        return best ?? body;
    }

    private static int TextLength(IElement e) => e.TextContent.Count(c => !char.IsWhiteSpace(c));

    private static void Walk(INode node, ExtractedTextBuilder builder, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { line.Append(text.Data); continue; }
            if (child is not IElement element) continue;
            if (element.LocalName == "table")
            {
                Flush(builder, line);
                builder.AppendTable(element.QuerySelectorAll("tr")
                    .Where(tr => tr.Closest("table") == element)
                    .Select(tr => (IReadOnlyList<string>)tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => Clean(c.TextContent)).ToList())
                    .Where(r => r.Count > 0));
                continue;
            }
            var block = Blocks.Contains(element.LocalName);
            if (block) Flush(builder, line);
            Walk(element, builder, line);
            if (block) Flush(builder, line);
        }
    }

    private static void Flush(ExtractedTextBuilder builder, StringBuilder line)
    {
        var text = Clean(line.ToString());
        line.Clear();
        if (text.Length > 0) builder.AppendLine(text);
    }

    /// <summary>HTML whitespace collapses to one space, as a browser shows it; NBSP and U+3000 are left for the normaliser.</summary>
    private static string Clean(string s) => HtmlSpace().Replace(s, " ").Trim(' ');

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex HtmlSpace();

    [GeneratedRegex(@"(?i)(?:^|[\s_-])(?:nav|navbar|menu|topbar|header|footer|foot|bottom|breadcrumb|crumb|sidebar|side|share|copyright|banner|toolbar|search|login|links|friendlink|related|position|location|dh|daohang)(?:$|[\s_-]|\d)")]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"(?i)article|content|zoom|TRS_Editor|detail|main|正文")]
    private static partial Regex ArticleName();
}
