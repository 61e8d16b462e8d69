using Dapper;
using System.Text.RegularExpressions;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Reporting.Browser;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Pipeline;

/// <summary>One real run over the seeds (DuckDB on disk, Chromium, poppler), shared by the tests that read its edition.</summary>
public sealed class PublishedEditionFixture : IAsyncLifetime
{
    internal RepositoryPaths.TempFolder Folder { get; } = RepositoryPaths.NewTempFolder();
    internal string Reports => Folder.File("reports");
    internal string Database => Folder.File("warehouse/w.duckdb");
    internal BatchSummary Summary { get; private set; } = null!;
    internal string BriefingText { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Summary = await MonthlyBatch.RunAsync(new BatchOptions(RepositoryPaths.Seeds, Reports, Database, "2025-06"), new RecordingProgress());
        BriefingText = Poppler.Text(Path.Combine(Reports, "briefing.pdf"));
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class MonthlyBatchTests(PublishedEditionFixture edition) : IClassFixture<PublishedEditionFixture>
{
    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");

    [Fact]
    public void The_edition_has_its_pages_pdf_and_data()
    {
        foreach (var file in new[] { "index.html", "briefing.html", "briefing.pdf", "review.html", "data/targets.csv", "data/targets.parquet",
                                     "assets/report.css",
                                     "district-310118.pdf", "district-310117.pdf", "district-310107.pdf", "district-310116.pdf",
                                     "charts/shares-by-indicator.svg", "charts/shares-by-indicator.png" })
            Assert.True(File.Exists(Path.Combine(edition.Reports, file)), file);
        Assert.Empty(edition.Summary.Failures);
        Assert.Equal(5, edition.Summary.DocumentsRead);
        Assert.Equal(73, edition.Summary.Targets);
        Assert.Empty(Directory.GetFiles(edition.Reports, "*.js", SearchOption.AllDirectories)); // charts are drawn once, in process: no script
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(edition.Reports, "briefing.html")));
    }

    [Fact]
    public void The_briefing_read_back_names_qingpu_and_its_share_of_the_community_centre_goal()
    {
        var text = Squeeze(edition.BriefingText);
        Assert.Contains("青浦区", text);
        Assert.Contains("社区综合为老服务中心：全市新增30家，4个区合计6家，占20.0%", text);
        Assert.Contains("青浦区1家（3.3%）", text);
        Assert.Contains("青浦区95%（+10.0个百分点）", text);   // 持证率 95% against the city's 85%
        Assert.Contains("“一键通”紧急救援服务", text);
        Assert.Contains("口径不同", text);
    }

    [Fact]
    public void The_briefing_is_a4_with_page_numbers_chinese_fonts_embedded_and_a_title()
    {
        var pdf = Path.Combine(edition.Reports, "briefing.pdf");
        var pages = Poppler.Pages(pdf);
        Assert.True(pages >= 3, $"{pages} pages");
        Assert.Contains("A4", Poppler.Info(pdf));
        Assert.Contains("上海民政工作要点量化目标对比简报", Poppler.Info(pdf));
        Assert.Contains($"第1页/共{pages}页", Squeeze(edition.BriefingText));
        Assert.Contains($"第{pages}页/共{pages}页", Squeeze(edition.BriefingText));
        var fonts = Poppler.Fonts(pdf).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains(" yes ", f)); // every font embedded
    }

    [Fact]
    public void No_page_renders_blank_and_the_chart_page_carries_a_drawn_chart()
    {
        var pdf = Path.Combine(edition.Reports, "briefing.pdf");
        var pages = Poppler.Pages(pdf);
        var chartPage = Enumerable.Range(1, pages).First(p =>
            Poppler.Run("pdftotext", "-f", $"{p}", "-l", $"{p}", pdf, "-").Contains("各区目标占市级目标的比例（仅口径与单位一致者）"));
        for (var page = 1; page <= pages; page++)
        {
            var prefix = edition.Folder.File($"page{page}");
            Poppler.Run("pdftoppm", "-r", "40", "-png", "-f", $"{page}", "-l", $"{page}", pdf, prefix);
            var size = new FileInfo(Directory.GetFiles(edition.Folder.Path, $"page{page}-*.png").Single()).Length;
            Assert.True(size > (page == chartPage ? 20_000 : 4_000), $"page {page} renders as a near-empty image ({size} bytes)");
        }
    }

    [Fact]
    public void The_findings_fit_on_the_first_page()
    {
        var pdf = Path.Combine(edition.Reports, "briefing.pdf");
        var second = Poppler.Run("pdftotext", "-f", "2", "-l", "2", pdf, "-");
        Assert.DoesNotContain("主要发现", second);
        Assert.Contains("二、各区目标占市级目标的比例", second);
    }

    [Fact]
    public void Every_number_in_the_briefing_tables_comes_from_the_warehouse()
    {
        using var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(edition.Database);
        var c = store.Connection;
        var text = Squeeze(edition.BriefingText);
        foreach (var row in c.Query("SELECT district, value, unit FROM figures JOIN documents USING (content_hash) " +
                                    "WHERE level = 'district' AND kind = 'target' AND indicator_id = 'community_elderly_service_center'"))
            Assert.Contains($"{row.district}{row.value:0}{row.unit}", text);
    }

    [Fact]
    public async Task The_static_pages_load_without_script_errors_or_requests_outside_their_folder()
    {
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var folderUri = new Uri(Path.GetFullPath(edition.Reports) + Path.DirectorySeparatorChar).AbsoluteUri;
        foreach (var page in Directory.GetFiles(edition.Reports, "*.html").Select(Path.GetFileName))
        {
            var check = await browser.CheckPageAsync(Path.Combine(edition.Reports, page!));
            Assert.Empty(check.Errors);
            Assert.NotEmpty(check.RequestedUrls);
            // data: URLs are inside the page itself (a chart's colour scale), not requests.
            Assert.All(check.RequestedUrls.Where(url => !url.StartsWith("data:", StringComparison.Ordinal)), url => Assert.StartsWith(folderUri, url));
        }
    }

    [Fact]
    public void Each_district_briefing_reads_back_with_its_share_rates_and_what_it_left_unquantified()
    {
        var text = Squeeze(Poppler.Text(Path.Combine(edition.Reports, "district-310118.pdf")));
        Assert.Contains("青浦区量化目标简报", text);
        Assert.Contains("社区综合为老服务中心：青浦区新增1家，占全市目标30家的3.3%", text);
        Assert.Contains("养老护理员持证率：青浦区目标95%，全市目标85%，高于全市10.0个百分点", text);
        Assert.Contains("全市有量化目标而青浦区未量化的指标", text);
        Assert.Contains("养老床位", text);                              // the city plans 3000 new beds; 青浦 gives no figure
        Assert.Contains("青民〔2025〕9号", text);
    }

    [Fact]
    public void The_municipal_briefing_compares_goals_with_last_years_results()
    {
        var text = Squeeze(edition.BriefingText);
        Assert.Contains("新增3,000张", text);                           // 养老床位 2025 goal …
        Assert.Contains("4,385张（2024年）", text);                     // … after 4385 built in 2024
        Assert.Contains("68.4%", text);                                 // 3000 / 4385
        Assert.Contains("+3.0个百分点", text);                          // 持证率 85% goal against 82% in 2024, in points not a ratio
    }

    [Fact]
    public void Chart_files_are_real_svg_and_png_with_chinese_labels()
    {
        var svg = File.ReadAllText(Path.Combine(edition.Reports, "charts", "shares-by-indicator.svg"));
        Assert.StartsWith("<svg", svg);
        Assert.Contains("社区综合为老服务中心", svg);
        Assert.Contains("3.3%", svg);
        var png = File.ReadAllBytes(Path.Combine(edition.Reports, "charts", "shares-by-indicator.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.True(png.Length > 20_000);
    }

    [Fact]
    public void The_parquet_download_holds_the_same_rows_as_the_csv()
    {
        using var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(":memory:");
        var c = store.Connection;
        var parquet = Path.Combine(edition.Reports, "data", "targets.parquet");
        var csvRows = File.ReadAllLines(Path.Combine(edition.Reports, "data", "targets.csv")).Length - 1;
        Assert.Equal(csvRows, c.ExecuteScalar<long>("SELECT count(*) FROM read_parquet($p)", new { p = parquet }));
        Assert.Equal(30m, c.ExecuteScalar<decimal>("SELECT value FROM read_parquet($p) WHERE level = 'municipal' AND kind = 'target' " +
                                            "AND indicator_id = 'community_elderly_service_center'", new { p = parquet }));
    }

    [Fact]
    public void Every_share_in_the_warehouse_is_printed_on_its_row_of_the_municipal_briefing()
    {
        using var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(edition.Database);
        var c = store.Connection;
        c.Execute(CivilAffairsReports.SqlScripts.Load("views.sql"));
        var lines = edition.BriefingText.Split('\n').Select(Squeeze).ToList();
        var shares = c.Query("SELECT district, indicator_name, value, unit, share FROM district_shares WHERE share IS NOT NULL").ToList();
        Assert.Equal(32, shares.Count);
        foreach (var row in shares)
        {
            var percent = ((double)row.share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
            var quantity = $"{row.value:#,0.##}{row.unit}";
            Assert.Contains(lines, l => l.Contains((string)row.district) && l.Contains(quantity) && l.Contains(percent));
        }
    }

    [Fact]
    public void The_seeds_edition_shows_no_invented_progress()
    {
        var text = Squeeze(Poppler.ReadingOrderText(Path.Combine(edition.Reports, "briefing.pdf")));
        Assert.Contains("2025-06各区均未报送进度", text);
        Assert.DoesNotContain("超前", text);
        Assert.DoesNotContain("滞后", text);
    }

    [Fact]
    public void Every_pdf_has_an_outline_chinese_language_and_title()
    {
        foreach (var pdf in Directory.GetFiles(edition.Reports, "*.pdf"))
        {
            var bytes = File.ReadAllBytes(pdf);
            var raw = System.Text.Encoding.Latin1.GetString(bytes);
            Assert.Contains("/Outlines", raw);
            Assert.Contains("/Lang (zh-CN)", raw);
            Assert.Contains("简报", Poppler.Info(pdf));
        }
    }

    [Fact]
    public void Every_district_target_in_the_warehouse_is_printed_in_its_district_briefing()
    {
        using var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(edition.Database);
        var c = store.Connection;
        var rows = c.Query("SELECT d.district_code, i.name, f.value, f.unit FROM figures f JOIN documents d USING (content_hash) " +
                           "JOIN indicators i USING (indicator_id) WHERE d.level = 'district' AND f.kind = 'target'").ToList();
        Assert.Equal(57, rows.Count);
        foreach (var group in rows.GroupBy(r => (string)r.district_code))
        {
            var text = Squeeze(Poppler.ReadingOrderText(Path.Combine(edition.Reports, $"district-{group.Key}.pdf")));
            var html = File.ReadAllText(Path.Combine(edition.Reports, $"district-{group.Key}.html"));
            foreach (var row in group)
            {
                var value = (decimal)row.value;
                var unit = (string)row.unit;
                var printed = unit == "%" ? $"{value:0.##}%" : $"{value:#,0.##}{unit}";
                Assert.Contains(System.Net.WebUtility.HtmlEncode((string)row.name), html); // names may wrap inside a PDF cell
                Assert.Contains(printed, text);
            }
        }
    }

    [Fact]
    public void The_workbook_holds_the_comparison_tables_as_numbers_and_text_never_formulas()
    {
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(edition.Reports, "data", "comparison.xlsx"), false);
        var names = workbook.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["各区占比", "市级目标承担", "比率对比", "本年目标与上年实绩"], names);
        var cells = workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()).ToList();
        Assert.DoesNotContain(cells, cell => cell.CellFormula is not null);
        Assert.Contains(cells, cell => cell.InnerText == "青浦区");
        Assert.Contains(cells, cell => (cell.DataType is null || cell.DataType.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number)
                                       && decimal.TryParse(cell.InnerText, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == 30);
        // Every sheet opens with its header frozen, filters on, and the share column as a percentage.
        foreach (var part in workbook.WorkbookPart.WorksheetParts)
        {
            Assert.Contains(part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>(), p => p.State?.Value == DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen);
            Assert.NotEmpty(part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>());
        }
        Assert.Contains(workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>(),
            f => f.FormatCode?.Value == "0.0%");
    }

    [Fact]
    public void Indicator_and_method_pages_exist_and_the_index_links_them()
    {
        var index = File.ReadAllText(Path.Combine(edition.Reports, "index.html"));
        foreach (var page in Directory.GetFiles(edition.Reports, "indicator-*.html").Select(Path.GetFileName))
            Assert.Contains($"href=\"{page}\"", index);
        Assert.Contains("href=\"method.html\"", index);
        Assert.Contains("href=\"data/comparison.xlsx\"", index);
        var centres = File.ReadAllText(Path.Combine(edition.Reports, "indicator-community_elderly_service_center.html"));
        Assert.Contains("3.3%", centres);
        Assert.Contains("20.0%", centres);
    }

    [Fact]
    public async Task The_index_is_readable_on_a_phone_width()
    {
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var png = edition.Folder.File("phone.png");
        await browser.ScreenshotAsync(Path.Combine(edition.Reports, "index.html"), png, 390, 844);
        Assert.True(new FileInfo(png).Length > 20_000);
    }

    [Fact]
    public void Extract_writes_the_same_targets_csv_as_the_published_edition()
    {
        var csv = edition.Folder.File("extract.csv");
        var exit = ConsoleProgram.Run("extract", "--input", RepositoryPaths.Seeds, "--output", csv);
        Assert.Equal(0, exit.Code);
        Assert.Equal(File.ReadAllText(Path.Combine(edition.Reports, "data", "targets.csv")), File.ReadAllText(csv));
    }
}

/// <summary>Tests that change process-wide state (environment variables) run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}

/// <summary>Runs that go wrong: the last published edition stays exactly as it was.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class FailedRunTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    private BatchOptions Options(string input) =>
        new(input, _folder.File("reports"), _folder.File("w.duckdb"), "2025-06");

    private static Dictionary<string, string> Snapshot(string folder) => Directory
        .GetFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public async Task A_run_that_fails_while_rendering_leaves_the_published_edition_untouched_and_no_staging_behind()
    {
        await MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds), new RecordingProgress());
        var before = Snapshot(_folder.File("reports"));

        var saved = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        Environment.SetEnvironmentVariable("CHROMIUM_PATH", _folder.File("no-such-browser"));
        try
        {
            await Assert.ThrowsAsync<BrowserNotFoundException>(() => MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds), new RecordingProgress()));
        }
        finally { Environment.SetEnvironmentVariable("CHROMIUM_PATH", saved); }

        Assert.Equal(before, Snapshot(_folder.File("reports")));
        Assert.Equal(["reports", "w.duckdb"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Where(n => !n!.EndsWith(".wal")).Order());
        using var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(_folder.File("w.duckdb"));
        var c = store.Connection;
        Assert.Equal("failed", c.ExecuteScalar<string>("SELECT status FROM runs ORDER BY run_id DESC LIMIT 1"));
    }

    [Fact]
    public async Task One_unreadable_document_is_named_and_the_others_are_published()
    {
        using var input = RepositoryPaths.NewTempFolder();
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds)) File.Copy(seed, input.File(Path.GetFileName(seed)));
        File.WriteAllBytes(input.File("005_broken.txt"), [0x41, 0x42, 0xFF, 0xFE, 0xFD, 0x80, 0x81, 0xFF]);

        var progress = new RecordingProgress();
        var summary = await MonthlyBatch.RunAsync(Options(input.Path), progress);
        var failure = Assert.Single(summary.Failures);
        Assert.Contains("005_broken.txt", failure.Message);
        Assert.Contains("字节", failure.Message);
        Assert.Equal(5, summary.DocumentsRead);
        Assert.Contains("005_broken.txt", File.ReadAllText(_folder.File("reports/index.html")));
    }

    [Fact]
    public async Task No_readable_document_fails_without_publishing()
    {
        using var input = RepositoryPaths.NewTempFolder();
        File.WriteAllText(input.File("notes.txt"), "这里没有发文机关，也没有数字。");
        var e = await Assert.ThrowsAsync<BatchError>(() => MonthlyBatch.RunAsync(Options(input.Path), new RecordingProgress()));
        Assert.Contains("本次未发布", e.Message);
        Assert.False(Directory.Exists(_folder.File("reports")));
    }

    [Fact]
    public async Task Earlier_editions_are_kept_and_listed_and_rerunning_a_month_replaces_it()
    {
        await MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds) with { Edition = "2025-05" }, new RecordingProgress());
        await MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds) with { Edition = "2025-06" }, new RecordingProgress());
        await MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds) with { Edition = "2025-06" }, new RecordingProgress());
        var reports = _folder.File("reports");
        Assert.Equal(["2025-05"], Directory.GetDirectories(Path.Combine(reports, "editions")).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(reports, "editions", "2025-05", "briefing.pdf")));
        Assert.Contains("editions/2025-05/index.html", File.ReadAllText(Path.Combine(reports, "index.html")));
    }

    [Fact]
    public async Task An_edition_label_that_is_not_a_safe_folder_name_is_refused()
    {
        var e = await Assert.ThrowsAsync<BatchError>(() =>
            MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds) with { Edition = "../2025" }, new RecordingProgress()));
        Assert.Contains("../2025", e.Message);
    }

    [Fact]
    public async Task Rerunning_gives_the_same_data()
    {
        await MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds), new RecordingProgress());
        var first = File.ReadAllText(_folder.File("reports/data/targets.csv"));
        await MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds), new RecordingProgress());
        Assert.Equal(first, File.ReadAllText(_folder.File("reports/data/targets.csv")));
    }

    public void Dispose() => _folder.Dispose();
}
