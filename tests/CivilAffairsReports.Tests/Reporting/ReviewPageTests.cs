using System.Text.RegularExpressions;
using CivilAffairsReports.Tests.Pipeline;

namespace CivilAffairsReports.Tests.Reporting;

/// <summary>The review page of a real edition: every figure highlighted in the text and linked to its row.</summary>
public sealed class ReviewPageTests(PublishedEditionFixture edition) : IClassFixture<PublishedEditionFixture>
{
    [Fact]
    public void Every_figure_is_marked_in_the_text_and_its_row_links_to_it()
    {
        var html = File.ReadAllText(Path.Combine(edition.Reports, "review.html"));
        var marks = Regex.Matches(html, "<mark class=\"taken\" id=\"(doc\\d+-f\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(102, marks.Count); // 74 targets + 28 catalogued results; the 57 待编目 figures are marked uncatalogued
        foreach (var id in marks) Assert.Contains($"href=\"#{id}\"", html);
        Assert.Contains("class=\"skipped\"", html);
        Assert.Contains("title=\"文号\"", html);             // skipped numbers carry their reason
        Assert.Contains("37009999", html);
    }

    [Fact]
    public void Document_text_is_escaped_not_interpreted()
    {
        var html = File.ReadAllText(Path.Combine(edition.Reports, "review.html"));
        var text = Regex.Match(html, "<pre class=\"document\">(.*?)</pre>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotMatch("<(?!/?(mark|a)[ >])", text);    // only our own marks and links inside the text
        Assert.Contains("“养老院+互联网医院”", html);
    }
}
