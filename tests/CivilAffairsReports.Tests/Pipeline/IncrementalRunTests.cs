using System.Security.Cryptography;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Tests.Support;
using Dapper;

namespace CivilAffairsReports.Tests.Pipeline;

/// <summary>
/// Work that is not needed is not done (issue 12): real runs over a copy of the seeds into one warehouse and one
/// reports folder on disk, with Chromium printing whatever must be printed.
/// </summary>
public sealed class IncrementalRunTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private readonly RepositoryPaths.TempFolder _input = RepositoryPaths.NewTempFolder();

    public IncrementalRunTests()
    {
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds)) File.Copy(seed, _input.File(Path.GetFileName(seed)));
    }

    private BatchOptions Options(string? corrections = null) =>
        new(_input.Path, _folder.File("reports"), _folder.File("w.duckdb"), "2025-06", CorrectionsPath: corrections);

    private Dictionary<string, string> Published() => Directory
        .GetFiles(_folder.File("reports"), "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(_folder.File("reports"), f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private T Query<T>(string sql, object? parameters = null)
    {
        using var store = CivilAffairsReports.Warehouse.WarehouseStore.Open(_folder.File("w.duckdb"));
        return store.Connection.QuerySingle<T>(sql, parameters);
    }

    [Fact]
    public async Task A_rerun_with_nothing_changed_leaves_the_edition_and_one_changed_document_is_all_that_is_extracted_and_printed_again()
    {
        var first = await MonthlyBatch.RunAsync(Options(), new RecordingProgress());
        var published = Published();
        var firstRunOfOthers = Query<long>("SELECT count(*) FROM documents WHERE first_run_id = 1");

        var rerun = new RecordingProgress();
        var second = await MonthlyBatch.RunAsync(Options(), rerun);
        Assert.True(second.Unchanged);
        Assert.Equal(published, Published());                       // the same edition, not a word rewritten
        Assert.Equal((first.Targets, first.Actuals, first.DocumentsRead), (second.Targets, second.Actuals, second.DocumentsRead));
        Assert.Contains(rerun.Steps, s => s.Contains("5 份文件与上次运行相同"));
        Assert.Equal("published", Query<string>("SELECT status FROM runs WHERE run_id = 2"));

        // 青浦 (000) gains a sentence: only it is extracted again, only the briefings its figures reach are printed.
        var qingpu = Directory.GetFiles(_input.Path, "000_*")[0];
        File.AppendAllText(qingpu, "\n另：年内新建社区长者食堂7家。\n");
        var changed = new RecordingProgress();
        var third = await MonthlyBatch.RunAsync(Options(), changed);
        Assert.False(third.Unchanged);
        Assert.Contains(changed.Steps, s => s.Contains("4 份文件与上次运行相同") );
        Assert.Contains(changed.Steps, s => s.Contains("本次提取 1 份"));
        Assert.Equal(1, Query<long>("SELECT count(*) FROM figures f JOIN documents d USING (content_hash) " +
                                    "WHERE d.file_name = $name AND f.value = 7 AND f.indicator_id = 'community_elderly_canteen'",
            new { name = Path.GetFileName(qingpu) }));
        Assert.Equal(firstRunOfOthers, Query<long>("SELECT count(*) FROM documents WHERE first_run_id = 1")); // the others were not reloaded

        var reused = changed.Steps.Where(s => s.Contains("沿用已发布的 PDF")).Select(s => s[..s.IndexOf('（')]).ToList();
        var printed = changed.Steps.Where(s => s.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Contains("district-310118.pdf", printed);            // 青浦's own briefing
        Assert.Contains("briefing.pdf", printed);                   // the city's, which counts 青浦's share
        Assert.Equal(["district-310107.pdf", "district-310116.pdf", "district-310117.pdf"], reused.Order(StringComparer.Ordinal));
        var now = Published();
        foreach (var pdf in reused) Assert.Equal(published[pdf], now[pdf]);
        Assert.Contains("长者食堂", Poppler.Text(_folder.File("reports/district-310118.pdf")));
    }

    [Fact]
    public async Task A_correction_naming_one_document_extracts_that_document_again_and_no_other()
    {
        await MonthlyBatch.RunAsync(Options(), new RecordingProgress());
        var songjiang = Path.GetFileName(Directory.GetFiles(_input.Path, "001_*")[0]);
        var corrections = _folder.File("corrections.yaml");
        File.WriteAllText(corrections, $"""
            corrections:
              - action: correct
                document: {songjiang}
                indicator: one_touch_emergency_service
                value: 8000
                set: {"{measure: cumulative}"}
                who: 王某（养老服务处）
                when: 2025-04-02
                why: 松江区来函确认 8000 名为累计覆盖人数
            """);
        var progress = new RecordingProgress();
        await MonthlyBatch.RunAsync(Options(corrections), progress);
        Assert.Contains(progress.Steps, s => s.Contains("4 份文件与上次运行相同"));
        Assert.Contains(progress.Steps, s => s.Contains("本次提取 1 份"));
        Assert.Equal("cumulative", Query<string>("SELECT f.measure FROM figures f JOIN documents d USING (content_hash) " +
                                                 "WHERE d.file_name = $name AND f.indicator_id = 'one_touch_emergency_service' AND f.value = 8000",
            new { name = songjiang }));
        Assert.Contains("8000 名为累计覆盖人数", File.ReadAllText(_folder.File("reports/index.html")));

        // Run again with the same correction: nothing to do, and the audit is still the edition's.
        var again = await MonthlyBatch.RunAsync(Options(corrections), new RecordingProgress());
        Assert.True(again.Unchanged);
        Assert.Contains("8000 名为累计覆盖人数", File.ReadAllText(_folder.File("reports/index.html")));
    }

    public void Dispose()
    {
        _folder.Dispose();
        _input.Dispose();
    }
}
