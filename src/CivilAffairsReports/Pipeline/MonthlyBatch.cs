using CivilAffairsReports.Analysis;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Progress;
using CivilAffairsReports.Publishing;
using CivilAffairsReports.Reporting;
using CivilAffairsReports.Reporting.Browser;
using CivilAffairsReports.Reporting.Charts;
using CivilAffairsReports.Review;
using CivilAffairsReports.Warehouse;

namespace CivilAffairsReports.Pipeline;

internal sealed record BatchOptions(
    string InputFolder,
    string ReportsFolder,
    string DatabasePath,
    string? Edition,                   // the edition label; default from the data: the progress month, else the plan year
    string? CatalogPath = null,
    string? CorrectionsPath = null,
    string? Month = null,              // the progress month (yyyy-MM); default: the edition when it is a month, else the latest reported
    string? ProgressFolder = null,     // filled templates to import for that month
    string? ProgressSettingsPath = null);

internal sealed record BatchSummary(
    int DocumentsRead,
    IReadOnlyList<DocumentReadException> Failures,
    int Targets,
    int Actuals,
    int Uncatalogued,
    IReadOnlyList<string> FilesWritten,
    string ReportsFolder,
    string DatabasePath,
    long RunId,
    IReadOnlyList<string> ProgressRejected,
    IReadOnlyList<FileOutcome>? InputFiles = null, // every entry of the input folder: read, skipped or failed, and why
    bool Unchanged = false);                       // nothing had changed: the published edition was left as it is

/// <summary>What the console shows while a run goes: one stage at a time, steps within it.</summary>
internal interface IBatchProgress
{
    void Stage(string name);
    void Step(string message);
    void Warn(string message);
}

/// <summary>Errors that stop a run; the message says what to do, in the users' language.</summary>
internal sealed class BatchError(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The monthly batch: documents → extraction → warehouse → analysis → reporting → publish.
/// Each stage reads the previous stage's output only; the edition is swapped into place at the very end.
/// </summary>
internal static class MonthlyBatch
{
    public static async Task<BatchSummary> RunAsync(BatchOptions options, IBatchProgress progress, CancellationToken ct = default)
    {
        if (options.Edition is not null && !EditionPublisher.IsValidEdition(options.Edition))
            throw new BatchError($"期次“{options.Edition}”不可用作文件夹名：只能包含字母、数字、- 和 _（例如 2025-06）");
        if (options.Month is not null && !ProgressImporter.IsValidMonth(options.Month))
            throw new BatchError($"月份“{options.Month}”格式应为 yyyy-MM，例如 2025-06");
        var requestedMonth = options.Month ?? (options.Edition is not null && ProgressImporter.IsValidMonth(options.Edition) ? options.Edition : null);
        if (options.ProgressFolder is not null && requestedMonth is null)
            throw new BatchError("导入进度时请用 --month 指明月份，例如 --month 2025-06");
        if (options.ProgressFolder is not null && !Directory.Exists(options.ProgressFolder))
            throw new BatchError($"进度文件夹不存在：{options.ProgressFolder}");
        if (!Directory.Exists(options.InputFolder))
            throw new BatchError($"输入文件夹不存在：{options.InputFolder}（请用 --input 指定存放工作要点的文件夹）");

        // The reports folder is the product's or refused, before anything is read or written; one run at a time per
        // reports folder and per warehouse; then whatever a killed run left is repaired.
        var runStartedUtc = DateTime.UtcNow;
        var publisher = new EditionPublisher(options.ReportsFolder);
        publisher.CheckTarget(options.InputFolder, options.DatabasePath);
        using var reportsLock = RunLock.Acquire(RunLock.ForReports(options.ReportsFolder), $"发布目录 {Path.GetFullPath(options.ReportsFolder)}");
        using var warehouseLock = RunLock.Acquire(RunLock.ForWarehouse(options.DatabasePath), $"数据仓库 {Path.GetFullPath(options.DatabasePath)}");
        foreach (var repaired in publisher.Repair().Concat(BrowserLeftovers.Repair(runStartedUtc))) progress.Step(repaired);

        // The catalog, corrections and reference data (mostly first-use work) are read while the warehouse opens.
        var referenceFolder = ReferenceFolder(options.CatalogPath);
        var catalogLoad = Task.Run(() =>
        {
            var loaded = IndicatorCatalog.Load(options.CatalogPath);
            return (loaded, ReviewedCorrections.Load(options.CorrectionsPath, loaded));
        }, ct);
        var referenceLoad = Task.Run(() => ReferenceData.Load(referenceFolder), ct);
        using var store = WarehouseStore.Open(options.DatabasePath);
        var (catalog, corrections) = await catalogLoad;
        var keys = ExtractionKeys.For(options.CatalogPath, referenceFolder, corrections);

        progress.Stage("读取文件");
        // A document stored under the same key (bytes, program, catalog, its corrections) is only hashed, not read again.
        var stored = store.StoredDocuments();
        var batch = DocumentReader.ReadDirectory(options.InputFolder, stored: (name, hash) => keys.Unchanged(stored, name, hash));
        foreach (var failure in batch.Failures) progress.Warn(failure.Message);
        foreach (var skipped in batch.Skipped) progress.Step($"已跳过 {skipped.FileName}：{skipped.Reason}");
        if (batch.Documents.Count + batch.UnchangedOrEmpty.Count == 0)
            throw new BatchError($"{options.InputFolder} 中没有可读取的工作要点（PDF、Word、WPS、网页或文本文件），本次未发布，上一期报告保持不变。");
        foreach (var d in batch.Documents) progress.Step($"{d.FileName}：{d.Metadata.Issuer} {d.Metadata.DocumentNumber}");
        if (batch.UnchangedOrEmpty.Count > 0)
            progress.Step($"{batch.UnchangedOrEmpty.Count} 份文件与上次运行相同（内容、指标目录、口径规则和相关复核更正均未变化），沿用已入库的提取结果");

        progress.Stage("提取量化目标");
        var extractor = new TargetExtractor(catalog);
        var failures = batch.Failures.ToList();
        // A bad correction is rejected alone: listed like an unreadable document (exit 2), the others still apply.
        foreach (var problem in corrections.Problems)
        {
            failures.Add(new DocumentReadException(Path.GetFileName(options.CorrectionsPath ?? ReviewedCorrections.DefaultPath), problem));
            progress.Warn(problem);
        }
        var loads = new List<DocumentLoad>();
        foreach (var outcome in ParallelExtraction.Extract(batch.Documents, extractor, corrections))
        {
            var document = outcome.Document;
            foreach (var refused in outcome.Refused)
                progress.Warn($"{document.FileName} 第 {document.Normalized.DecodedOffsets[refused.Start]} 字符起：{refused.Reason}，未采用");
            switch (outcome.Error)
            {
                case null:
                    loads.Add(new DocumentLoad(outcome.Extraction!, keys.For(document), outcome.Audit));
                    progress.Step($"{document.FileName}：{outcome.Extraction!.Figures.Count} 个数字，" +
                                  $"{outcome.Extraction.Skipped.Count(s => s.Uncatalogued)} 个待复核");
                    break;
                case DocumentReadException e:
                    failures.Add(e);
                    progress.Warn(e.Message);
                    break;
                case var e:
                    BatchLog.Write(options.DatabasePath, $"extraction of {document.FileName}", e);
                    failures.Add(new DocumentReadException(document.FileName, $"提取时出错，本文件未采用（{e.GetType().Name}，详见日志）"));
                    progress.Warn(failures[^1].Message);
                    break;
            }
        }

        var unmatched = corrections.UnmatchedAmong(batch.Documents.Select(d => (d.FileName, d.Metadata.DocumentNumber, d.ContentHash))
            .Concat(batch.UnchangedOrEmpty.Select(d => (d.FileName, d.DocumentNumber, d.ContentHash))));

        progress.Stage("写入数据仓库");
        var runId = store.BeginRun(Path.GetFullPath(options.InputFolder), DateTime.Now);
        string? staging = null;
        var edition = options.Edition;
        try
        {
            store.LoadCatalog(catalog);
            var unchanged = batch.UnchangedOrEmpty;
            LoadIsolatingFailures(store, runId, loads, unchanged, failures, options.DatabasePath, progress);
            if (loads.Count + unchanged.Count == 0)
                throw new BatchError("没有一份文件能写入数据仓库，本次未发布，上一期报告保持不变。");
            store.RecordAudit(runId, unmatched);
            foreach (var a in loads.SelectMany(l => l.Audit).Concat(unmatched).Where(a => !a.Applied))
                progress.Warn($"复核更正未生效：{a.Document} {a.Indicator}：{a.Problem}");
            progress.Step($"{store.Path}：第 {runId} 次运行，{loads.Count + unchanged.Count} 份文件（本次提取 {loads.Count} 份）");

            // Nothing an edition is made from has changed since the one published now: it stays as it is. A run that
            // imports returns always publishes (the import is new data).
            var inputs = options.ProgressFolder is not null ? null : RunInputs.Fingerprint(options,
                loads.Select(l => (l.Extraction.Document.FileName, l.ExtractionKey)).Concat(unchanged.Select(u => (u.FileName, u.ExtractionKey))),
                failures.Select(f => f.Message), store.ProgressState(), DateOnly.FromDateTime(DateTime.Now));
            if (inputs is not null && store.LastPublishedRun() is { Edition: { } publishedEdition } last
                && last.InputsFingerprint == inputs && publisher.PublishedEdition() == publishedEdition)
            {
                store.FinishRun(runId, "published", publishedEdition, "输入未变化，已发布的一期保持不变", inputs);
                progress.Step($"文件、指标目录、口径规则、复核更正和月度进度均未变化：已发布的第 {publishedEdition} 期保持不变，未重新生成");
                var counts = store.CountFigures();
                return new BatchSummary(loads.Count + unchanged.Count, failures, (int)counts.Targets, (int)counts.Actuals,
                    store.UncataloguedNumbers(), [], Path.GetFullPath(options.ReportsFolder), Path.GetFullPath(options.DatabasePath), runId,
                    [], batch.Files, Unchanged: true);
            }

            // An edition will be written: the browser comes up and the charts' face is loaded while the reference data
            // loads and the analysis runs.
            await using var browser = new BrowserSession();
            browser.Start(ct);
            ChartFont.LoadInBackground();
            // The plan's clock, not the wall clock: the plan year comes from the documents, the month from the returns.
            store.LoadReferenceData(await referenceLoad);
            var clock = AnalysisRunner.Prepare(store.Connection);
            var planYear = clock.PlanYear ?? DateTime.Now.Year;
            if (requestedMonth is not null && !PlanClockRules.InPlanYear(requestedMonth, planYear))
                throw new BatchError($"月份 {requestedMonth} 不在本期计划年度（{planYear} 年）内：进度按 {planYear} 年工作要点的目标填报，请用 --month {planYear}-01 至 {planYear}-12。");
            var notice = PlanClockRules.MissingPlanNotice(planYear, DateTime.Now);
            if (notice is not null) progress.Warn(notice);
            var settings = ProgressSettings.Load(options.ProgressSettingsPath);
            var rejected = options.ProgressFolder is null ? [] : ImportProgress(store, options.ProgressFolder, requestedMonth!, settings, progress);
            var month = requestedMonth ?? AnalysisRunner.ReadClock(store.Connection).LatestReportedMonth;
            edition ??= month ?? planYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            staging = publisher.CreateStaging(edition);

            progress.Stage("分析");
            var analysis = AnalysisRunner.Read(store.Connection,
                month is null ? null : new AnalysisRunner.ProgressQuery(month, settings.AheadPoints, settings.BehindPoints));
            progress.Step($"{analysis.Shares.Count(s => s.Share is not null)} 项可计算占比，" +
                          $"{analysis.Shares.Count(s => s.Share is null)} 项不可比，{analysis.Rates.Count} 项比率对比");

            progress.Stage("生成报告");
            var model = BuildModel(edition, notice, analysis, failures, EditionPublisher.ArchivedEditions(staging));
            var published = EditionPublisher.IsEdition(options.ReportsFolder) ? options.ReportsFolder : null;
            var written = (await ReportWriter.WriteAsync(model, staging, published, browser, progress, ct)).ToList();
            browser.CloseInBackground(); // every PDF is written
            store.ExportFiguresParquet(Path.Combine(staging, Pages.TargetsParquetPath));
            written.Add(Pages.TargetsParquetPath);

            progress.Stage("发布");
            foreach (var carried in publisher.Complete(staging)) progress.Warn($"发布目录中的 {carried} 不是本程序写入的，已原样保留到新一期");
            publisher.Publish(staging);
            store.FinishRun(runId, "published", edition, failures.Count == 0 ? null : $"{failures.Count} 份文件未能读取", inputs);
            progress.Step($"已发布到 {Path.GetFullPath(options.ReportsFolder)}");

            return new BatchSummary(
                loads.Count + unchanged.Count, failures,
                analysis.Targets.Count(t => t.Kind == FigureKinds.Target),
                analysis.Targets.Count(t => t.Kind == FigureKinds.Actual),
                store.UncataloguedNumbers(),
                written, Path.GetFullPath(options.ReportsFolder), Path.GetFullPath(options.DatabasePath), runId, rejected, batch.Files);
        }
        catch (Exception e)
        {
            if (staging is not null) publisher.Discard(staging);
            store.FinishRun(runId, "failed", edition, e.Message);
            throw;
        }
    }

    /// <summary>
    /// Loads the run's documents in bulk. If the bulk load fails, each document is loaded on its own (its own
    /// transaction), so the one that cannot be stored is named and rejected alone and the rest are published.
    /// </summary>
    private static void LoadIsolatingFailures(WarehouseStore store, long runId, List<DocumentLoad> loads,
        IReadOnlyCollection<StoredDocument> unchanged, List<DocumentReadException> failures, string databasePath, IBatchProgress progress)
    {
        try
        {
            store.Load(runId, loads, unchanged);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            BatchLog.Write(databasePath, "bulk load; retrying document by document", e);
        }
        store.Load(runId, [], unchanged); // rows already stored: linking them to the run cannot meet a bad document
        foreach (var load in loads.ToList())
        {
            try { store.Load(runId, [load], []); }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                var fileName = load.Extraction.Document.FileName;
                BatchLog.Write(databasePath, $"loading {fileName}", e);
                loads.Remove(load);
                failures.Add(new DocumentReadException(fileName, $"无法写入数据仓库，本文件未采用：{FirstLine(e.Message)}"));
                progress.Warn(failures[^1].Message);
            }
        }
    }

    /// <summary>The comparability rules and region codes beside a given catalog, else the ones shipped with the program.</summary>
    private static string? ReferenceFolder(string? catalogPath)
    {
        var folder = catalogPath is null ? null : Path.GetDirectoryName(Path.GetFullPath(catalogPath));
        return folder is not null && File.Exists(Path.Combine(folder, ReferenceData.RulesFile)) ? folder : null;
    }

    /// <summary>Imports every filled template in the folder; a file with errors is rejected whole and listed.</summary>
    private static List<string> ImportProgress(WarehouseStore store, string folder, string month, ProgressSettings settings, IBatchProgress progress)
    {
        progress.Stage($"导入 {month} 月度进度");
        var rejected = new List<string>();
        var files = Directory.GetFiles(folder).Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                                                          || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var report = ProgressImporter.Validate(ProgressSheet.Read(file), month, store, settings);
                store.SaveProgress(report);
                progress.Step($"{report.FileName}：{report.Values.Count(v => v.Completed is not null)} 项已报送");
                foreach (var flag in report.Flags) progress.Warn(flag);
            }
            catch (ProgressFileError e)
            {
                rejected.Add(e.Message);
                progress.Warn(e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // Whatever a returned file does to the reader, it is rejected alone and named; the trace goes to the log.
                BatchLog.Write(store.Path, $"progress file {file}", e);
                rejected.Add($"{Path.GetFileName(file)}：无法读取，整份文件未导入（{FirstLine(e.Message)}）");
                progress.Warn(rejected[^1]);
            }
        }
        return rejected;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private static ReportModel BuildModel(string edition, string? notice, AnalysisResult analysis, IReadOnlyList<DocumentReadException> failures,
        IReadOnlyList<string> earlierEditions) =>
        // With several parents each briefing draws its own charts (ReportWriter); the whole edition's would mix them.
        new(edition, DateTime.Now, analysis, analysis.ParentRegions.Count > 1 ? [] : ChartFactory.All(analysis),
            failures.Select(f => f.Message).ToList(), earlierEditions, notice);
}
