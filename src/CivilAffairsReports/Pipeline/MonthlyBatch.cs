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
    IReadOnlyList<FileOutcome>? InputFiles = null); // every entry of the input folder: read, skipped or failed, and why

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

        progress.Stage("读取文件");
        var batch = ParallelExtraction.ReadDirectory(options.InputFolder);
        foreach (var failure in batch.Failures) progress.Warn(failure.Message);
        foreach (var skipped in batch.Skipped) progress.Step($"已跳过 {skipped.FileName}：{skipped.Reason}");
        if (batch.Documents.Count == 0)
            throw new BatchError($"{options.InputFolder} 中没有可读取的工作要点（PDF、Word、WPS、网页或文本文件），本次未发布，上一期报告保持不变。");
        foreach (var d in batch.Documents) progress.Step($"{d.FileName}：{d.Metadata.Issuer} {d.Metadata.DocumentNumber}");

        progress.Stage("提取量化目标");
        var catalog = IndicatorCatalog.Load(options.CatalogPath);
        var extractor = new TargetExtractor(catalog);
        var corrections = ReviewedCorrections.Load(options.CorrectionsPath, catalog);
        var failures = batch.Failures.ToList();
        // A bad correction is rejected alone: listed like an unreadable document (exit 2), the others still apply.
        foreach (var problem in corrections.Problems)
        {
            failures.Add(new DocumentReadException(Path.GetFileName(options.CorrectionsPath ?? ReviewedCorrections.DefaultPath), problem));
            progress.Warn(problem);
        }
        var extractions = new List<DocumentExtraction>();
        var audit = new List<AuditEntry>();
        foreach (var outcome in ParallelExtraction.Extract(batch.Documents, extractor, corrections))
        {
            var document = outcome.Document;
            foreach (var refused in outcome.Refused)
                progress.Warn($"{document.FileName} 第 {document.Normalized.DecodedOffsets[refused.Start]} 字符起：{refused.Reason}，未采用");
            switch (outcome.Error)
            {
                case null:
                    extractions.Add(outcome.Extraction!);
                    audit.AddRange(outcome.Audit);
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

        audit.AddRange(corrections.Unmatched(batch.Documents));

        progress.Stage("写入数据仓库");
        using var store = WarehouseStore.Open(options.DatabasePath);
        var runId = store.BeginRun(Path.GetFullPath(options.InputFolder), DateTime.Now);
        string? staging = null;
        var edition = options.Edition;
        try
        {
            store.LoadCatalog(catalog);
            LoadIsolatingFailures(store, runId, extractions, failures, options.DatabasePath, progress);
            if (extractions.Count == 0)
                throw new BatchError("没有一份文件能写入数据仓库，本次未发布，上一期报告保持不变。");
            store.RecordAudit(runId, audit);
            foreach (var unmatched in audit.Where(a => !a.Applied)) progress.Warn($"复核更正未生效：{unmatched.Document} {unmatched.Indicator}：{unmatched.Problem}");
            progress.Step($"{store.Path}：第 {runId} 次运行，{extractions.Count} 份文件");

            // The plan's clock, not the wall clock: the plan year comes from the documents, the month from the returns.
            store.LoadReferenceData(ReferenceData.Load(ReferenceFolder(options.CatalogPath)));
            var clock = AnalysisRunner.ReadClock(store.Connection);
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
            var analysis = AnalysisRunner.Run(store.Connection,
                month is null ? null : new AnalysisRunner.ProgressQuery(month, settings.AheadPoints, settings.BehindPoints));
            progress.Step($"{analysis.Shares.Count(s => s.Share is not null)} 项可计算占比，" +
                          $"{analysis.Shares.Count(s => s.Share is null)} 项不可比，{analysis.Rates.Count} 项比率对比");

            progress.Stage("生成报告");
            var model = BuildModel(edition, notice, analysis, failures, EditionPublisher.ArchivedEditions(staging));
            var written = (await ReportWriter.WriteAsync(model, staging, progress, ct)).ToList();
            store.ExportFiguresParquet(Path.Combine(staging, Pages.TargetsParquetPath));
            written.Add(Pages.TargetsParquetPath);

            progress.Stage("发布");
            foreach (var carried in publisher.Complete(staging)) progress.Warn($"发布目录中的 {carried} 不是本程序写入的，已原样保留到新一期");
            publisher.Publish(staging);
            store.FinishRun(runId, "published", edition, failures.Count == 0 ? null : $"{failures.Count} 份文件未能读取");
            progress.Step($"已发布到 {Path.GetFullPath(options.ReportsFolder)}");

            return new BatchSummary(
                extractions.Count, failures,
                analysis.Targets.Count(t => t.Kind == FigureKinds.Target),
                analysis.Targets.Count(t => t.Kind == FigureKinds.Actual),
                extractions.Sum(e => e.Skipped.Count(s => s.Uncatalogued)),
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
    private static void LoadIsolatingFailures(WarehouseStore store, long runId, List<DocumentExtraction> extractions,
        List<DocumentReadException> failures, string databasePath, IBatchProgress progress)
    {
        try
        {
            store.Load(runId, extractions);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            BatchLog.Write(databasePath, "bulk load; retrying document by document", e);
        }
        foreach (var extraction in extractions.ToList())
        {
            try { store.Load(runId, extraction); }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                BatchLog.Write(databasePath, $"loading {extraction.Document.FileName}", e);
                extractions.Remove(extraction);
                failures.Add(new DocumentReadException(extraction.Document.FileName, $"无法写入数据仓库，本文件未采用：{FirstLine(e.Message)}"));
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
