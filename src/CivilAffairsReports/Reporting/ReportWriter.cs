using System.Text;
using System.Threading.Channels;
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
    /// <param name="browser">the run's browser, used only if a PDF must be printed</param>
    public static async Task<IReadOnlyList<string>> WriteAsync(ReportModel model, string folder, string? published, BrowserSession browser,
        IBatchProgress progress, CancellationToken ct)
    {
        var written = new List<string>();
        var gate = new object(); // pages are written on this thread while the printer reports from its own
        void Note(string relative) { lock (gate) { written.Add(relative); progress.Step(relative); } }

        // Each briefing is printed as soon as its page is written, while the rest of the edition is still being
        // written. One browser prints every PDF of the run.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queue = Channel.CreateUnbounded<PrintJob>(new UnboundedChannelOptions { SingleWriter = true });
        Task? printing = null;
        async Task PrintAllAsync()
        {
            try
            {
                var printer = await browser.GetAsync(stop.Token);
                await printer.PrintToPdfAsync(queue.Reader, job => Note(Path.GetFileName(job.PdfPath)), stop.Token);
            }
            catch
            {
                await stop.CancelAsync(); // stops the page writing too
                throw;
            }
        }
        // A page that is byte for byte the published one, printed with the same styles, gives the same PDF: linked, not printed.
        var sameAssets = new Lazy<bool>(() => published is not null && SameFiles(Path.Combine(folder, "assets"), Path.Combine(published, "assets")));
        void BriefingWritten(string stem)
        {
            var job = new PrintJob(Path.Combine(folder, stem + ".html"), Path.Combine(folder, stem + ".pdf"));
            if (sameAssets.Value && PrintedBefore(job, published!))
            {
                Publishing.FileSystemOps.LinkOrCopy(Path.Combine(published!, Path.GetFileName(job.PdfPath)), job.PdfPath);
                lock (gate)
                {
                    written.Add(Path.GetFileName(job.PdfPath)); // a file of the edition like a printed one; only the console says it was reused
                    progress.Step($"{Path.GetFileName(job.PdfPath)}（页面未变，沿用已发布的 PDF）");
                }
                return;
            }
            printing ??= PrintAllAsync();
            queue.Writer.TryWrite(job);
        }

        try
        {
            WritePages(model, folder, Note, BriefingWritten, published, stop.Token);
        }
        catch (OperationCanceledException) when (printing is not null && stop.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            await printing; // the printer failed first: its failure is the one to report
            throw;
        }
        catch
        {
            queue.Writer.TryComplete();
            await stop.CancelAsync();
            // The writing failure is the one to report; the printer only has to end and close its browser.
            if (printing is not null) await printing.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
        queue.Writer.Complete();
        if (printing is not null) await printing;
        return written;
    }

    /// <summary>
    /// Everything but the PDFs: pages, assets, data and chart files. Returns the stems of the pages printed to PDF
    /// (the parents' briefings, then the children's).
    /// </summary>
    /// <param name="briefingWritten">called with the stem of each briefing page as soon as it is written</param>
    /// <param name="published">the edition published now, if any: a parent's charts drawn there from the same rows are taken from it</param>
    internal static (List<string> ParentPages, List<string> DistrictPages) WritePages(ReportModel model, string folder, Action<string> Note,
        Action<string>? briefingWritten = null, string? published = null, CancellationToken ct = default)
    {
        void BriefingReady(string stem)
        {
            ct.ThrowIfCancellationRequested();
            Note(stem + ".html");
            briefingWritten?.Invoke(stem);
        }
        CopyAssets(Path.Combine(folder, "assets"));
        // One briefing per parent region (briefing.html for the one on top, briefing-<code>.html for the others).
        // With one parent its briefing is the whole edition, so the edition's charts are its charts; otherwise each
        // parent's are drawn from its own rows, and the top briefing's are the chart files for slides.
        // Chart files: the top briefing's under charts/, every other parent's under charts/<code>/.
        var parentPages = new List<string>();
        var parents = ParentBriefings.Parents(model).ToList();
        var chartFiles = new List<(string Folder, IReadOnlyList<ChartSpec> Charts, string? DrawnFrom)>();
        foreach (var parent in parents)
        {
            var stem = ParentBriefings.FileStem(model, parent);
            var chartFolder = stem == ParentBriefings.MainStem ? "charts" : $"charts/{parent.Code}";
            var scoped = ParentBriefings.Scope(model, parent, drawCharts: false);
            string? drawnFrom = null;
            if (parents.Count > 1)
            {
                (var charts, drawnFrom) = ChartReuse.Draw(scoped.Analysis, published is null ? null : Path.Combine(published, chartFolder));
                scoped = scoped with { Charts = charts };
            }
            chartFiles.Add((chartFolder, scoped.Charts, drawnFrom));
            File.WriteAllText(Path.Combine(folder, stem + ".html"), Pages.Briefing(scoped), Encoding.UTF8);
            BriefingReady(stem);
            parentPages.Add(stem);
        }
        if (parentPages.Count == 0)
        {
            File.WriteAllText(Path.Combine(folder, Pages.BriefingHtml), Pages.Briefing(model), Encoding.UTF8);
            BriefingReady(ParentBriefings.MainStem);
            parentPages.Add(ParentBriefings.MainStem);
            chartFiles.Add(("charts", model.Charts, null));
        }
        // Every briefing first, so that all of them are printing while the rest of the edition is written.
        var districtPages = new List<string>();
        foreach (var district in DistrictPages.Districts(model))
        {
            var stem = DistrictPages.FileStem(district);
            File.WriteAllText(Path.Combine(folder, stem + ".html"), DistrictPages.Render(model, district), Encoding.UTF8);
            BriefingReady(stem);
            districtPages.Add(stem);
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

        foreach (var (relative, charts, drawnFrom) in chartFiles)
        {
            var chartFolder = Path.Combine(folder, relative);
            Directory.CreateDirectory(chartFolder);
            if (drawnFrom is not null)
            {
                ChartReuse.WriteRecord(chartFolder, drawnFrom, charts);
                Note($"{relative}/{ChartReuse.RecordFile}");
            }
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
