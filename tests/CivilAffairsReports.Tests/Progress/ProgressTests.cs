using Dapper;
using System.Text.RegularExpressions;
using CivilAffairsReports.Analysis;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Progress;
using CivilAffairsReports.Reporting;
using CivilAffairsReports.Tests.Support;
using CivilAffairsReports.Warehouse;

namespace CivilAffairsReports.Tests.Progress;

/// <summary>Monthly progress over the seeds' real targets, with example reports (Fixtures/progress-examples).</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private readonly WarehouseStore _store;
    private static readonly ProgressSettings Settings = new(10, 10, 1.5m);
    private static string Example(string name) => Path.Combine(RepositoryPaths.Fixtures, "progress-examples", name);

    public ProgressTests()
    {
        _store = WarehouseStore.Open(_folder.File("w.duckdb"));
        var catalog = IndicatorCatalog.Load();
        var extractor = new TargetExtractor(catalog);
        var run = _store.BeginRun(RepositoryPaths.Seeds, DateTime.Now);
        _store.LoadCatalog(catalog);
        _store.LoadReferenceData(ReferenceData.Load());
        foreach (var document in DocumentReader.ReadDirectory(RepositoryPaths.Seeds).Documents)
            _store.Load(run, DocumentExtraction.Run(extractor, document));
    }

    private void Import(string path, string month) =>
        _store.SaveProgress(ProgressImporter.Validate(ProgressSheet.Read(path), month, _store, Settings));

    private ProgressResult Progress(string month) =>
        AnalysisRunner.Run(_store.Connection, new AnalysisRunner.ProgressQuery(month, Settings.AheadPoints, Settings.BehindPoints)).Progress;

    /// <summary>The CSV example re-saved as an xlsx workbook, as a district using Excel would send it back.</summary>
    private string AsWorkbook(string csv)
    {
        var xlsx = _folder.File(Path.GetFileNameWithoutExtension(csv) + ".xlsx");
        ExcelLikeWorkbook.Write(xlsx, ExcelLikeWorkbook.RowsFromCsv(csv));
        return xlsx;
    }

    private ProgressStatus Target(ProgressResult p, string district, string indicator) =>
        Assert.Single(p.Targets, t => t.District == district && t.IndicatorId == indicator);

    [Fact]
    public void Two_months_for_two_districts_give_the_completion_status_and_rollups_worked_out_by_hand()
    {
        Import(Example("example-qingpu-2025-05.csv"), "2025-05");
        Import(AsWorkbook(Example("example-qingpu-2025-06.csv")), "2025-06");
        Import(Example("example-songjiang-2025-06.csv"), "2025-06");

        var may = Progress("2025-05");
        Assert.Equal(5 / 12.0, Target(may, "青浦区", "community_elderly_canteen").Elapsed, 9);
        Assert.Equal("滞后", Target(may, "青浦区", "community_elderly_service_center").Status);   // 0 of 1 at 41.7%
        Assert.Equal("超前", Target(may, "青浦区", "community_elderly_canteen").Status);          // 2 of 3 = 66.7%
        Assert.Equal("正常", Target(may, "青浦区", "intermediate_caregiver_training").Status);    // 130 of 310 = 41.9%
        Assert.Equal("未报送", Target(may, "青浦区", "smart_water_meter").Status);                // left empty: not zero
        Assert.Null(Target(may, "青浦区", "smart_water_meter").Completed);

        var june = Progress("2025-06");
        Assert.Equal("超前", Target(june, "青浦区", "community_elderly_service_center").Status);  // 100% at 50%
        Assert.Equal("正常", Target(june, "青浦区", "intermediate_caregiver_training").Status);   // 45.2%
        Assert.Equal("滞后", Target(june, "青浦区", "smart_water_meter").Status);                 // 37.5%
        Assert.Equal("滞后", Target(june, "松江区", "elderly_care_beds").Status);                 // 33.3%
        Assert.True(Target(june, "松江区", "smart_water_meter").Flagged);                          // 2000 of 1000: kept, flagged
        Assert.Equal("未报送", Target(june, "普陀区", "elderly_care_beds").Status);

        var qingpu = Assert.Single(june.Rollups, r => r.Scope == "青浦区");
        Assert.Equal((11, 4, 2, 1, 1, 7), (qingpu.Targets, qingpu.Reported, qingpu.Ahead, qingpu.OnTrack, qingpu.Behind, qingpu.NotReported));
        Assert.Equal((1 + 2 / 3.0 + 140 / 310.0 + 300 / 800.0) / 4, qingpu.AverageCompletion!.Value, 9);
        var songjiang = Assert.Single(june.Rollups, r => r.Scope == "松江区");
        Assert.Equal((13, 3, 1, 1, 1, 10), (songjiang.Targets, songjiang.Reported, songjiang.Ahead, songjiang.OnTrack, songjiang.Behind, songjiang.NotReported));
        var city = Assert.Single(june.Rollups, r => r.Scope == "全市");
        Assert.Equal((51, 7, 3, 2, 2, 44), (city.Targets, city.Reported, city.Ahead, city.OnTrack, city.Behind, city.NotReported));
        Assert.Equal((1 + 2 / 3.0 + 140 / 310.0 + 300 / 800.0 + 0.5 + 20 / 60.0 + 2.0) / 7, city.AverageCompletion!.Value, 9);

        var trend = june.Trend.Where(t => t.District == "青浦区").ToList();
        Assert.Equal(["2025-05", "2025-06"], trend.Select(t => t.Month));
        Assert.Equal((0 + 2 / 3.0 + 130 / 310.0) / 3, trend[0].AverageCompletion, 9);
    }

    [Fact]
    public void Reimporting_a_month_replaces_it_and_keeps_the_history()
    {
        Import(Example("example-qingpu-2025-06.csv"), "2025-06");
        var corrected = _folder.File("qingpu-2025-06-corrected.csv");
        File.WriteAllText(corrected, File.ReadAllText(Example("example-qingpu-2025-06.csv")).Replace(",300,", ",500,"));
        Import(corrected, "2025-06");
        Assert.Equal(500m, Target(Progress("2025-06"), "青浦区", "smart_water_meter").Completed);
        Assert.Equal(2, _store.Connection.ExecuteScalar<long>("SELECT count(*) FROM progress_imports WHERE district_code = '310118' AND month = '2025-06'"));
    }

    [Theory]
    [InlineData(",310118,", ",999999,", "区代码", "未知的区")]
    [InlineData(",smart_water_meter,智能水表", ",no_such_indicator,智能水表", "指标编号", "没有指标")]
    [InlineData(",300,", ",三百,", "截至当月累计完成", "不是数字")]
    [InlineData(",300,", ",-5,", "截至当月累计完成", "负数")]
    [InlineData(",140,", ",100,", "截至当月累计完成", "低于 2025-05 已报的 130")]
    [InlineData("2025-06,310118,青浦区,community_elderly_canteen", "2025-07,310118,青浦区,community_elderly_canteen", "月份", "本次导入的是 2025-06")]
    public void A_bad_file_is_rejected_whole_naming_file_row_and_column_and_nothing_stored_changes(
        string find, string replace, string column, string problem)
    {
        Import(Example("example-qingpu-2025-05.csv"), "2025-05");
        string Snapshot() => string.Join("\n", _store.Connection.Query(
            "SELECT i.import_id, i.month, v.indicator_id, v.completed FROM progress_values v JOIN progress_imports i USING (import_id) ORDER BY ALL")
            .Select(r => $"{r.import_id} {r.month} {r.indicator_id} {r.completed}"));
        var before = Snapshot();

        var bad = _folder.File("bad-qingpu-2025-06.csv");
        var original = File.ReadAllText(Example("example-qingpu-2025-06.csv"));
        Assert.Contains(find, original);
        File.WriteAllText(bad, original.Replace(find, replace));
        var e = Assert.Throws<ProgressFileError>(() => Import(bad, "2025-06"));
        Assert.Contains("bad-qingpu-2025-06.csv", e.Message);
        Assert.Matches(@"第 \d+ 行 [A-I] 列（" + column + "）", e.Message);
        Assert.Contains(problem, e.Message);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Time_elapsed_follows_the_plan_year_and_a_finished_year_is_the_whole_year()
    {
        Assert.Equal(6 / 12.0, Target(Progress("2025-06"), "青浦区", "community_elderly_canteen").Elapsed, 9);
        Assert.Equal(1.0, Target(Progress("2026-11"), "青浦区", "community_elderly_canteen").Elapsed, 9);   // not 11/12 = 91.7%
        Assert.Equal("全年", ProgressSection.Elapsed(1.0));
        Assert.Equal(2025, ProgressImporter.PlanYear(_store));
    }

    [Fact]
    public void Templates_list_each_districts_count_targets_with_empty_columns_to_fill()
    {
        var written = ProgressImporter.WriteTemplates(_store, "2025-06", _folder.File("templates"));
        Assert.Equal(8, written.Count); // 4 districts × (CSV + xlsx)
        var sheet = ProgressSheet.Read(_folder.File("templates/2025-06-310118.csv"));
        Assert.Equal(11, sheet.Rows.Count);
        Assert.All(sheet.Rows, r => Assert.Equal("", r.Cells[ProgressSheet.CompletedColumn]));
        Assert.Equal(11, ProgressSheet.Read(_folder.File("templates/2025-06-310118.xlsx")).Rows.Count);
        // a template sent back unfilled imports as all 未报送
        Import(_folder.File("templates/2025-06-310118.csv"), "2025-06");
        Assert.All(Progress("2025-06").Targets.Where(t => t.District == "青浦区"), t => Assert.Equal("未报送", t.Status));
    }

    [Fact]
    public async Task The_briefing_for_a_month_with_reports_shows_the_progress_and_one_without_shows_not_reported()
    {
        var reports = _folder.File("reports");
        var input = _folder.File("progress-in");
        Directory.CreateDirectory(input);
        File.Copy(Example("example-songjiang-2025-06.csv"), Path.Combine(input, "songjiang.csv"));
        _store.Dispose();
        var summary = await MonthlyBatch.RunAsync(new BatchOptions(RepositoryPaths.Seeds, reports, _folder.File("w.duckdb"), "2025-06",
            ProgressFolder: input), new RecordingProgress());
        Assert.Empty(summary.ProgressRejected);
        var text = Regex.Replace(Poppler.ReadingOrderText(Path.Combine(reports, "briefing.pdf")), @"\s+", "");
        Assert.Contains("五、月度进展（截至2025-06，序时进度50.0%）", text);
        Assert.Contains("滞后", text);
        Assert.Contains("未报送", text);   // the other districts, counted in the rollup
        // each target's row is in its district's briefing, not in the city's
        var songjiang = Regex.Replace(Poppler.ReadingOrderText(Path.Combine(reports, "district-310117.pdf")), @"\s+", "");
        Assert.Contains("远超", songjiang);   // the cell wraps; reading order runs across the row's columns
        Assert.Contains("远超目标，待复核", File.ReadAllText(Path.Combine(reports, "district-310117.html")));
        Assert.DoesNotContain("远超目标，待复核", text);

        await MonthlyBatch.RunAsync(new BatchOptions(RepositoryPaths.Seeds, reports, _folder.File("w.duckdb"), "2025-07"), new RecordingProgress());
        var july = Regex.Replace(Poppler.ReadingOrderText(Path.Combine(reports, "briefing.pdf")), @"\s+", "");
        Assert.Contains("月度进度：各区尚未报送2025年进度。", july);
        Assert.DoesNotContain("超前", july);
        Assert.Equal(1, Regex.Matches(july, "未报送").Count);   // one sentence, not a table of 未报送 rows
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
