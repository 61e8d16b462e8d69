using System.Text;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Reporting.Browser;

namespace CivilAffairsReports.Reporting;

/// <summary>Writes an edition into a folder: pages, assets, data, and the PDF printed by one browser for the whole run.</summary>
internal static class ReportWriter
{
    private static readonly string AssetsSource = Path.Combine(AppContext.BaseDirectory, "assets");

    public static async Task<IReadOnlyList<string>> WriteAsync(ReportModel model, string folder, IBatchProgress progress, CancellationToken ct)
    {
        var written = new List<string>();
        void Note(string relative) { written.Add(relative); progress.Step(relative); }

        CopyAssets(Path.Combine(folder, "assets"));
        File.WriteAllText(Path.Combine(folder, Pages.BriefingHtml), Pages.Briefing(model), Encoding.UTF8);
        Note(Pages.BriefingHtml);
        File.WriteAllText(Path.Combine(folder, "index.html"), Pages.Index(model), Encoding.UTF8);
        Note("index.html");
        File.WriteAllText(Path.Combine(folder, ReviewPage.FileName), ReviewPage.Render(model), Encoding.UTF8);
        Note(ReviewPage.FileName);
        TargetsCsv.Write(Path.Combine(folder, Pages.TargetsCsvPath), model.Analysis.Targets);
        Note(Pages.TargetsCsvPath);
        WorkbookExporter.Write(model, Path.Combine(folder, WorkbookExporter.FileName));
        Note(WorkbookExporter.FileName);

        File.WriteAllText(Path.Combine(folder, Pages.MethodHtml), Pages.Method(model), Encoding.UTF8);
        Note(Pages.MethodHtml);
        foreach (var (id, name) in IndicatorPages.Indicators(model))
            File.WriteAllText(Path.Combine(folder, IndicatorPages.FileName(id)), IndicatorPages.Render(model, id, name), Encoding.UTF8);
        Note($"indicator-*.html（{IndicatorPages.Indicators(model).Count()} 个指标页）");

        var districtPages = new List<string>();
        foreach (var district in DistrictPages.Districts(model))
        {
            var stem = DistrictPages.FileStem(district);
            File.WriteAllText(Path.Combine(folder, stem + ".html"), DistrictPages.Render(model, district), Encoding.UTF8);
            Note(stem + ".html");
            districtPages.Add(stem);
        }

        // One browser serves every PDF and chart file of the run.
        await using var browser = await HeadlessBrowser.LaunchAsync(ct);
        await browser.PrintToPdfAsync(Path.Combine(folder, Pages.BriefingHtml), Path.Combine(folder, Pages.BriefingPdf), ct);
        Note(Pages.BriefingPdf);
        foreach (var stem in districtPages)
        {
            await browser.PrintToPdfAsync(Path.Combine(folder, stem + ".html"), Path.Combine(folder, stem + ".pdf"), ct);
            Note(stem + ".pdf");
        }
        foreach (var chart in await browser.ExportChartsAsync(Path.Combine(folder, Pages.BriefingHtml), Path.Combine(folder, "charts"), ct))
            Note("charts/" + chart);
        return written;
    }

    private static void CopyAssets(string target)
    {
        if (!File.Exists(Path.Combine(AssetsSource, "echarts.min.js")))
            throw new BatchError($"缺少 ECharts（{AssetsSource}/echarts.min.js）：请先运行 ./run.sh（会执行 npm ci）再试。");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(AssetsSource))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
    }
}
