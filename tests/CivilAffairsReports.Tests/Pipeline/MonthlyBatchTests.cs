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
    public void The_municipal_briefing_prints_the_comparable_totals_and_the_remainders_a_director_acts_on()
    {
        var text = Squeeze(Poppler.ReadingOrderText(Path.Combine(edition.Reports, "briefing.pdf")));
        // A wrapped cell's lines interleave with its neighbours' in the PDF's reading order: the figures are read
        // from the PDF, and which cell holds them from the same table in the HTML the PDF was printed from.
        foreach (var printed in new[] { "5,100户", "17.0%", "300张", "10.0%", "43.3张", "15个区各" })
            Assert.Contains(printed, text);
        Assert.Contains("5,100户17.0%", GoalRow("智能水表"));            // 覆盖 600 户 counted as installed (reviewed rule)
        Assert.Contains("300张10.0%", GoalRow("认知障碍照护床位"));       // 普陀 改造 150 张 counted with the city's 改建 programme
        Assert.Contains("15个区各43.3张", GoalRow("重残养护床位"));       // 650 left over the 15 districts with no figure, not ÷ 12
        Assert.Contains("6个区各3.3个（7个区不适用）", GoalRow("乡村长者照护之家")); // only the rural districts share it
        Assert.Contains("不适用", GoalRow("乡村长者照护之家"));             // 普陀 has no rural towns
        Assert.DoesNotMatch(@"(?<![0-9.])0\.0%", text);   // no 0% share of a cumulative goal
        Assert.Contains("不可比（见注）", GoalRow("“一键通”紧急救援服务"));          // “一键通” 50 万: says what is comparable instead
        Assert.Contains("可对照全市上年新增实绩", text);
        Assert.Contains("50万", text);                    // a large count as a reader writes it (50 万人; the cell wraps before 人)
        Assert.Contains("累计50万人", GoalRow("“一键通”紧急救援服务"));
        Assert.Contains("4,000余人", text);               // qualifiers kept: 4,000余人, 90%以上, 超65%
        Assert.Contains("90%以上", text);
        Assert.Contains("超65%", text);
        Assert.DoesNotContain("91.7%", text);             // the 2025 plan's clock is not 2026-11's
    }

    [Fact]
    public void The_municipal_briefing_stays_within_eight_pages_and_no_briefing_is_scaled_down()
    {
        Assert.InRange(Poppler.Pages(Path.Combine(edition.Reports, "briefing.pdf")), 3, 8);
        // Chromium shrinks a whole document whose content is wider than the page: every briefing's most common
        // word height (its table text, 五号) must then be the same.
        var heights = Directory.GetFiles(edition.Reports, "*.pdf").ToDictionary(Path.GetFileName, BodyWordHeight);
        Assert.True(heights.Values.Max() - heights.Values.Min() < 0.5, string.Join("; ", heights.Select(h => $"{h.Key} {h.Value:0.0}")));
    }

    private static double BodyWordHeight(string pdf) =>
        Regex.Matches(Poppler.Run("pdftotext", "-bbox", pdf, "-"), "yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\"")
            .Select(m => Math.Round(double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
                                    - double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1))
            .GroupBy(h => h).OrderByDescending(g => g.Count()).First().Key;

    [Fact]
    public void No_pdf_names_a_file_path_or_hash()
    {
        foreach (var pdf in Directory.GetFiles(edition.Reports, "*.pdf"))
        {
            var text = Poppler.ReadingOrderText(pdf);
            Assert.DoesNotMatch(@"\.(txt|ya?ml|csv|xlsx|parquet|html|pdf)\b", text);
            Assert.DoesNotMatch(@"[0-9a-f]{12,}", text);
            Assert.DoesNotContain("catalog", text);
            Assert.DoesNotContain("corrections", text);
        }
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
            // The chart canvas is scaled to the 156 mm type area in print (so the document is not), hence less ink than at screen width.
            Assert.True(size > (page == chartPage ? 15_000 : 4_000), $"page {page} renders as a near-empty image ({size} bytes)");
        }
    }

    [Fact]
    public void Page_one_has_three_findings_and_the_table_of_every_municipal_goal()
    {
        var pdf = Path.Combine(edition.Reports, "briefing.pdf");
        var first = Squeeze(Poppler.Run("pdftotext", "-f", "1", "-l", "1", pdf, "-"));
        Assert.Contains("一、要点", first);
        Assert.Contains("1.", first);
        Assert.Contains("3.", first);
        Assert.DoesNotContain("4.", first.Split("全市16项目标")[0]);
        Assert.Contains("全市16项目标与各区承担（2025年；", first);
        foreach (var goal in new[] { "养老床位", "家门口养老服务站" })   // absent from the old page 1; the table runs on to page 2
            Assert.Contains(goal, first);
        Assert.Contains("2026年工作要点尚未导入", first);   // the newest plans are for a past year
    }

    [Fact]
    public void Every_page_has_captioned_scoped_tables_and_a_link_back_to_the_index()
    {
        foreach (var page in Directory.GetFiles(edition.Reports, "*.html").Where(p => Path.GetFileName(p) != "index.html"))
        {
            var html = File.ReadAllText(page);
            Assert.Contains("href=\"index.html\"", html);
            if (html.Contains("<table")) Assert.Contains("<th scope=\"col\">", html);
        }
        Assert.Contains("<caption>", File.ReadAllText(Path.Combine(edition.Reports, "briefing.html")));
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
        Assert.Contains("青浦区量化目标简报·第2025-06期", text);                // its own running header
        Assert.DoesNotContain("上海民政工作要点量化目标对比简报", text);
        Assert.Contains("一、青浦区的各项目标", text);                           // leads with all its own targets
        Assert.Contains("新增1家新增30家3.3%", text);                            // 社区综合为老服务中心
        Assert.Contains("较全市+10.0个百分点", text);                            // 持证率 95% against the city's 85%
        Assert.Contains("全市有量化目标而青浦区未量化的指标", text);
        Assert.Contains("养老床位", text);                              // the city plans 3000 new beds; 青浦 gives no figure
        Assert.Contains("青民〔2025〕9号", text);
    }

    [Fact]
    public void The_municipal_briefing_compares_goals_with_last_years_results()
    {
        var row = GoalRow("养老床位");
        Assert.Contains("3,000张", row);                             // 养老床位 2025 goal …
        Assert.Contains("4,385张", row);                                 // … after 4385 built in 2024
        Assert.Contains("82%", GoalRow("养老护理员持证率"));               // 持证率 85% goal against 82% in 2024
        Assert.Contains("2024年实绩", Squeeze(edition.BriefingText));
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
        var cells = c.Query("SELECT i.name, g.value, coalesce(g.figure_unit, g.unit) AS unit, g.share FROM goal_district_cells g " +
                            "JOIN indicators i USING (indicator_id) WHERE g.share IS NOT NULL").ToList();
        Assert.Equal(35, cells.Count);   // 36 comparable district figures; 金山's two 长者食堂 figures share one cell
        foreach (var cell in cells)
        {
            var percent = ((double)cell.share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
            var quantity = $"{cell.value:#,0.##}{cell.unit}";
            var row = GoalRow((string)cell.name);
            Assert.Contains(quantity, row);
            Assert.Contains(percent, row);
        }
    }

    /// <summary>The text of one row of page 1's goal table, by its indicator (the row header), whitespace removed.</summary>
    private string GoalRow(string indicator)
    {
        var html = File.ReadAllText(Path.Combine(edition.Reports, "briefing.html"));
        var table = html[html.IndexOf("<table class=\"goals\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var row = Regex.Matches(table, "<tr>(.*?)</tr>").Select(m => m.Groups[1].Value)
            .Single(r => r.StartsWith($"<th scope=\"row\">{System.Net.WebUtility.HtmlEncode(indicator)}</th>", StringComparison.Ordinal));
        return Squeeze(System.Net.WebUtility.HtmlDecode(Regex.Replace(row, "<[^>]+>", " ")));
    }

    [Fact]
    public void The_seeds_edition_shows_no_invented_progress()
    {
        var text = Squeeze(Poppler.ReadingOrderText(Path.Combine(edition.Reports, "briefing.pdf")));
        Assert.Contains("月度进度：各区尚未报送2025年进度。", text);
        Assert.Equal(1, Regex.Matches(text, "未报送").Count);   // one sentence, not pages of 未报送 rows
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
        var rows = c.Query("SELECT d.district_code, i.name, f.value, f.value_max, f.unit, f.qualifier FROM figures f JOIN documents d USING (content_hash) " +
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
                var printed = Squeeze(CivilAffairsReports.Reporting.Format.Quantity(value, (decimal?)row.value_max, unit, (string?)row.qualifier));
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
            // Another edition: its pages differ from the published ones, so its PDFs must be printed (an unchanged rerun prints nothing).
            await Assert.ThrowsAsync<BrowserNotFoundException>(() =>
                MonthlyBatch.RunAsync(Options(RepositoryPaths.Seeds) with { Edition = "2025-07" }, new RecordingProgress()));
        }
        finally { Environment.SetEnvironmentVariable("CHROMIUM_PATH", saved); }

        Assert.Equal(before, Snapshot(_folder.File("reports")));
        // Besides the edition and the warehouse, only the run locks the product writes beside them (issue 11).
        Assert.Equal([".reports.lock", "reports", "w.duckdb", "w.duckdb.lock"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Where(n => !n!.EndsWith(".wal")).Order(StringComparer.Ordinal));
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
        // A text of the genre is always read now (issue 8); only bytes that do not decode leave nothing to publish.
        File.WriteAllBytes(input.File("notes.txt"), [0x41, 0x42, 0xFF, 0xFE, 0xFD, 0x80, 0x81, 0xFF]);
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
