using System.Diagnostics;
using CivilAffairsReports.Corpus;
using CivilAffairsReports.Regions;
using CivilAffairsReports.Reporting;
using CivilAffairsReports.Tests.Support;
using Xunit.Abstractions;

namespace CivilAffairsReports.Tests.Reporting;

/// <summary>
/// Pages stay usable at scale: the site of a large generated national corpus (every province, prefectures and
/// counties) has no page over a few MB. Written by the real report writer from a DuckDB warehouse on disk; the PDFs
/// are not printed here (the pages are what they print from).
/// </summary>
public sealed class PageSizeTests(ITestOutputHelper output)
{
    /// <summary>"No page of the site over a few MB" (issue 12).</summary>
    private const long PageLimit = 3L * 1024 * 1024;

    [Fact]
    public void No_page_of_a_thousand_document_national_edition_is_over_the_limit()
    {
        using var folder = RepositoryPaths.NewTempFolder();
        var corpus = folder.File("corpus");
        var site = folder.File("site");
        Directory.CreateDirectory(site);
        var clock = Stopwatch.StartNew();
        CorpusGenerator.Generate(new CorpusOptions(1, 1000, corpus, 2025), RegionCatalog.Load());
        output.WriteLine($"generated in {clock.Elapsed.TotalSeconds:0.0} s");
        var analysis = SeedWarehouse.LoadAndAnalyse(folder.File("w.duckdb"), corpus);
        output.WriteLine($"loaded and analysed at {clock.Elapsed.TotalSeconds:0.0} s");
        var model = new ReportModel("2025-06", DateTime.Now, analysis, [], [], []);
        var (parents, children) = ReportWriter.WritePages(model, site, _ => { });
        output.WriteLine($"{analysis.Sources.Count} documents, {parents.Count} parent briefings, {children.Count} child briefings in {clock.Elapsed.TotalSeconds:0.0} s");

        var pages = Directory.GetFiles(site, "*.html").Select(p => new FileInfo(p)).OrderByDescending(f => f.Length).ToList();
        foreach (var page in pages.Take(5)) output.WriteLine($"{page.Name}: {page.Length:N0} bytes");
        Assert.All(pages, p => Assert.True(p.Length < PageLimit, $"{p.Name} is {p.Length:N0} bytes"));

        // the review page is an index plus one page per document; long indicator pages are split
        Assert.Equal(analysis.Review.Count, pages.Count(p => p.Name.StartsWith("review-", StringComparison.Ordinal)));
        Assert.Contains(pages, p => p.Name.StartsWith("indicator-", StringComparison.Ordinal) && p.Name.EndsWith("-2.html", StringComparison.Ordinal));
        // a briefing per parent at every level, a page per child region with a document
        Assert.Equal(analysis.ParentRegions.Count, parents.Count);
        Assert.Contains(analysis.ParentRegions, p => p.Level == "province" && p.HasChildDocuments);
        Assert.Contains(analysis.ParentRegions, p => p.Level == "prefecture" && p.HasChildDocuments);
        Assert.Equal(analysis.Sources.Where(s => s.IsChild).Select(s => s.RegionCode).Distinct().Count(), children.Count);
        Assert.All(parents.Concat(children), stem => Assert.True(File.Exists(Path.Combine(site, stem + ".html")), stem));
    }
}
