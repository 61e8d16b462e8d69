using System.Text.RegularExpressions;
using CivilAffairsReports.Tests.Pipeline;
using CivilAffairsReports.Reporting;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Reporting;

/// <summary>
/// The review pages of a real edition: an index (review.html) and one page per document, every figure highlighted in
/// the text and linked to its row.
/// </summary>
public sealed class ReviewPageTests(PublishedEditionFixture edition) : IClassFixture<PublishedEditionFixture>
{
    private string[] DocumentPages() => Directory.GetFiles(edition.Reports, "review-*.html").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_index_links_one_page_per_document()
    {
        var index = File.ReadAllText(Path.Combine(edition.Reports, "review.html"));
        var pages = DocumentPages();
        Assert.Equal(5, pages.Length);
        foreach (var page in pages) Assert.Contains($"href=\"{Path.GetFileName(page)}\"", index);
        Assert.DoesNotContain("<pre class=\"document\">", index);   // the texts are on the documents' pages
        Assert.Contains("待确认", index);
    }

    [Fact]
    public void Every_figure_is_marked_in_the_text_and_its_row_links_to_it()
    {
        var marks = 0;
        foreach (var page in DocumentPages())
        {
            var html = File.ReadAllText(page);
            var ids = Regex.Matches(html, "<mark class=\"taken\" id=\"(doc\\d+-f\\d+)\"").Select(m => m.Groups[1].Value).ToList();
            foreach (var id in ids) Assert.Contains($"href=\"#{id}\"", html);   // each page links within itself
            marks += ids.Count;
        }
        Assert.Equal(102, marks); // 74 targets + 28 catalogued results; the 57 待编目 figures are marked uncatalogued
        var all = string.Concat(DocumentPages().Select(File.ReadAllText));
        Assert.Contains("class=\"skipped\"", all);
        Assert.Contains("title=\"文号\"", all);             // skipped numbers carry their reason
        Assert.Contains("37009999", all);
    }

    [Fact]
    public void Document_text_is_escaped_not_interpreted()
    {
        var all = string.Concat(DocumentPages().Select(File.ReadAllText));
        foreach (Match m in Regex.Matches(all, "<pre class=\"document\">(.*?)</pre>", RegexOptions.Singleline))
            Assert.DoesNotMatch("<(?!/?(mark|a)[ >])", m.Groups[1].Value);    // only our own marks and links inside the text
        Assert.Contains("“养老院+互联网医院”", all);
    }
}

/// <summary>Issue 8: a document whose metadata was inferred is listed as 待确认 with what was inferred.</summary>
public sealed class UnconfirmedMetadataTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    [Fact]
    public void A_document_without_an_issuer_line_is_listed_as_unconfirmed_with_what_was_inferred()
    {
        var input = _folder.File("input");
        Directory.CreateDirectory(input);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds)) File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        // a progress report as published on a web page: no issuer line, no year in a title; 杭州 named in the text
        File.WriteAllText(Path.Combine(input, "progress-note.txt"),
            "杭州养老服务进展情况\n\n截至12月底，全市新增养老床位1202张，完成率120.2%。2025年，新建社区综合为老服务中心10家。\n");
        var reports = _folder.File("reports");
        Directory.CreateDirectory(reports);
        var analysis = SeedWarehouse.LoadAndAnalyse(_folder.File("w.duckdb"), input);
        ReportWriter.WritePages(new ReportModel("2025-06", DateTime.Now, analysis, [], [], []), reports, _ => { });

        var index = File.ReadAllText(Path.Combine(reports, "review.html"));
        var section = Regex.Match(index, "<section id=\"unconfirmed\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("progress-note.txt", section);
        Assert.Contains("发文机关未写明", section);
        Assert.Contains("杭州", section);                          // the place was inferred from the text's place name
        Assert.DoesNotContain("青浦", section);                     // the seeds' metadata was read, not inferred
        var page = Regex.Match(section, "href=\"(review-[0-9a-f]{12}\\.html)\"").Groups[1].Value;
        Assert.Contains("待确认：发文机关未写明", File.ReadAllText(Path.Combine(reports, page)));
    }

    public void Dispose() => _folder.Dispose();
}
