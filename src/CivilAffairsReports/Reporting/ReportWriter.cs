using System.Text;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Reporting.Browser;
using CivilAffairsReports.Reporting.Charts;

namespace CivilAffairsReports.Reporting;

/// <summary>Writes an edition into a folder: pages, assets, data, and the PDF printed by one browser for the whole run.</summary>
internal static class ReportWriter
{
    private static readonly string AssetsSource = Path.Combine(AppContext.BaseDirectory, "assets");

    /// <param name="published">the edition published now, if any: a PDF whose page did not change is taken from it</param>
    public static async Task<IReadOnlyList<string>> WriteAsync(ReportModel model, string folder, string? published, IBatchProgress progress,
        CancellationToken ct)
    {
        var written = new List<string>();
        void Note(string relative) { written.Add(relative); progress.Step(relative); }

        var (parentPages, districtPages) = WritePages(model, folder, Note);

        var jobs = parentPages.Concat(districtPages)
            .Select(stem => new PrintJob(Path.Combine(folder, stem + ".html"), Path.Combine(folder, stem + ".pdf"))).ToList();
        // A page that is byte for byte the published one, printed with the same styles, gives the same PDF: linked, not printed.
        var unchanged = published is not null && SameFiles(Path.Combine(folder, "assets"), Path.Combine(published, "assets"))
            ? jobs.Where(job => PrintedBefore(job, published)).ToList()
            : [];
        foreach (var job in unchanged)
        {
            Publishing.FileSystemOps.LinkOrCopy(Path.Combine(published!, Path.GetFileName(job.PdfPath)), job.PdfPath);
            written.Add(Path.GetFileName(job.PdfPath)); // a file of the edition like a printed one; only the console says it was reused
            progress.Step($"{Path.GetFileName(job.PdfPath)}（页面未变，沿用已发布的 PDF）");
        }
        var toPrint = jobs.Except(unchanged).ToList();
        if (toPrint.Count == 0) return written;

        // One browser prints every PDF of the run, several pages at once; it is started only when there is one to print.
        await using var browser = await HeadlessBrowser.LaunchAsync(ct);
        var printed = new object();
        await browser.PrintToPdfAsync(toPrint, job => { lock (printed) Note(Path.GetFileName(job.PdfPath)); }, ct);
        return written;
    }

    /// <summary>
    /// Everything but the PDFs: pages, assets, data and chart files. Returns the stems of the pages printed to PDF
    /// (the parents' briefings, then the children's).
    /// </summary>
    internal static (List<string> ParentPages, List<string> DistrictPages) WritePages(ReportModel model, string folder, Action<string> Note)
    {
        CopyAssets(Path.Combine(folder, "assets"));
        // One briefing per parent region (briefing.html for the one on top, briefing-<code>.html for the others).
        // With one parent its briefing is the whole edition, so the edition's charts are its charts; otherwise each
        // parent's are drawn from its own rows, and the top briefing's are the chart files for slides.
        // Chart files: the top briefing's under charts/, every other parent's under charts/<code>/.
        var parentPages = new List<string>();
        var parents = ParentBriefings.Parents(model).ToList();
        var chartFiles = new List<(string Folder, IReadOnlyList<ChartSpec> Charts)>();
        foreach (var parent in parents)
        {
            var stem = ParentBriefings.FileStem(model, parent);
            var scoped = ParentBriefings.Scope(model, parent, drawCharts: parents.Count > 1);
            chartFiles.Add((stem == ParentBriefings.MainStem ? "charts" : $"charts/{parent.Code}", scoped.Charts));
            File.WriteAllText(Path.Combine(folder, stem + ".html"), Pages.Briefing(scoped), Encoding.UTF8);
            Note(stem + ".html");
            parentPages.Add(stem);
        }
        if (parentPages.Count == 0)
        {
            File.WriteAllText(Path.Combine(folder, Pages.BriefingHtml), Pages.Briefing(model), Encoding.UTF8);
            Note(Pages.BriefingHtml);
            parentPages.Add(ParentBriefings.MainStem);
            chartFiles.Add(("charts", model.Charts));
        }
        File.WriteAllText(Path.Combine(folder, "index.html"), Pages.Index(model), Encoding.UTF8);
        Note("index.html");
        File.WriteAllText(Path.Combine(folder, ReviewPage.FileName), ReviewPage.Render(model), Encoding.UTF8);
        Note(ReviewPage.FileName);
        var reviewPages = 0;
        foreach (var (name, html) in ReviewPage.DocumentPages(model))
        {
            File.WriteAllText(Path.Combine(folder, name), html, Encoding.UTF8);
            reviewPages++;
        }
        Note($"review-*.html（{reviewPages} 个文件复核页）");
        TargetsCsv.Write(Path.Combine(folder, Pages.TargetsCsvPath), model.Analysis.Downloads);
        Note(Pages.TargetsCsvPath);
        WorkbookExporter.Write(model, Path.Combine(folder, WorkbookExporter.FileName));
        Note(WorkbookExporter.FileName);

        File.WriteAllText(Path.Combine(folder, Pages.MethodHtml), Pages.Method(model), Encoding.UTF8);
        Note(Pages.MethodHtml);
        var indicatorPages = 0;
        foreach (var (name, html) in IndicatorPages.AllPages(model))
        {
            File.WriteAllText(Path.Combine(folder, name), html, Encoding.UTF8);
            indicatorPages++;
        }
        Note($"indicator-*.html（{IndicatorPages.Indicators(model).Count()} 个指标，{indicatorPages} 页）");

        var districtPages = new List<string>();
        foreach (var district in DistrictPages.Districts(model))
        {
            var stem = DistrictPages.FileStem(district);
            File.WriteAllText(Path.Combine(folder, stem + ".html"), DistrictPages.Render(model, district), Encoding.UTF8);
            Note(stem + ".html");
            districtPages.Add(stem);
        }

        foreach (var (relative, charts) in chartFiles)
        {
            var chartFolder = Path.Combine(folder, relative);
            Directory.CreateDirectory(chartFolder);
            foreach (var chart in charts)
            {
                // The same drawing the pages inline, as files for Word or slides.
                File.WriteAllText(Path.Combine(chartFolder, chart.Id + ".svg"), chart.Svg, Encoding.UTF8);
                File.WriteAllBytes(Path.Combine(chartFolder, chart.Id + ".png"), chart.Png);
                Note($"{relative}/{chart.Id}.svg");
                Note($"{relative}/{chart.Id}.png");
            }
        }
        return (parentPages, districtPages);
    }

    private static bool PrintedBefore(PrintJob job, string published)
    {
        var html = Path.Combine(published, Path.GetFileName(job.HtmlPath));
        return File.Exists(Path.Combine(published, Path.GetFileName(job.PdfPath))) && File.Exists(html) && SameBytes(html, job.HtmlPath);
    }

    /// <summary>Every file of the first folder is in the second with the same bytes (the styles and fonts a page prints with).</summary>
    private static bool SameFiles(string folder, string other) =>
        Directory.Exists(other) && Directory.GetFiles(folder).All(f => File.Exists(Path.Combine(other, Path.GetFileName(f)))
                                                                       && SameBytes(f, Path.Combine(other, Path.GetFileName(f))));

    private static bool SameBytes(string a, string b)
    {
        var (left, right) = (new FileInfo(a), new FileInfo(b));
        return left.Length == right.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    private static void CopyAssets(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(AssetsSource))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
    }
}
