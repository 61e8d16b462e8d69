using System.Diagnostics;
using CivilAffairsReports.Corpus;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Regions;
using CivilAffairsReports.Review;
using Spectre.Console;

namespace CivilAffairsReports.Cli.Verbs;

/// <summary>
/// benchmark --sizes 5,200,3000: generates a corpus of each size (the size of --input means its files, the seeds) and
/// times the stages it can on it — generation, reading alone, reading and extraction one document at a time and on
/// every core, and (with --batch) the whole monthly batch stage by stage, first run and reruns, against printing the
/// same PDFs alone — printing wall time, CPU time, peak memory, rows and bytes.
/// </summary>
internal static class CorpusBenchmark
{
    private sealed record StageResult(string Stage, TimeSpan Wall, TimeSpan Cpu, long PeakBytes, long Rows, long Bytes);

    /// <param name="seeds">the seed documents: a size equal to their number means them, not a generated corpus</param>
    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, int seed, bool runBatch, string? scratch, string seeds)
    {
        var seedCount = Directory.Exists(seeds) ? Directory.GetFiles(seeds).Length : -1;
        var root = scratch ?? Path.Combine(Path.GetTempPath(), $"car-benchmark-{Environment.ProcessId}");
        var createdRoot = !Directory.Exists(root);
        var regions = RegionCatalog.Load();
        var catalog = IndicatorCatalog.Load();
        var extractor = new TargetExtractor(catalog);
        var corrections = ReviewedCorrections.None(catalog);
        try
        {
            foreach (var size in sizes)
            {
                var folder = size == seedCount ? seeds : Path.Combine(root, $"corpus-{size}");
                var results = new List<StageResult>();
                long inputBytes;
                if (folder == seeds) inputBytes = Directory.GetFiles(seeds).Sum(f => new FileInfo(f).Length);
                else
                {
                    CorpusSummary? corpus = null;
                    results.Add(Measure("generate", () =>
                    {
                        corpus = CorpusGenerator.Generate(new CorpusOptions(seed, size, folder), regions);
                        return (corpus.Documents.Count, corpus.Bytes);
                    }));
                    inputBytes = corpus!.Bytes;
                }
                // Warm-up outside the clock: JIT, regex construction, the region index.
                ParallelExtraction.ReadAndExtract(folder, extractor, corrections);

                results.Add(Measure("read, 1 thread", () => (DocumentReader.ReadDirectory(folder).Documents.Count, inputBytes)));
                results.Add(Measure($"read, {Environment.ProcessorCount} threads", () => (DocumentReader.ReadDirectory(folder).Documents.Count, inputBytes)));
                results.Add(Measure("read + extract, 1 thread", () =>
                    (ParallelExtraction.ReadAndExtract(folder, extractor, corrections, 1).Extractions.Sum(e => e.Figures.Count), inputBytes)));
                results.Add(Measure($"read + extract, {Environment.ProcessorCount} threads", () =>
                    (ParallelExtraction.ReadAndExtract(folder, extractor, corrections).Extractions.Sum(e => e.Figures.Count), inputBytes)));
                if (runBatch) results.AddRange(await MeasureBatchAsync(folder, Path.Combine(root, $"run-{size}")));

                var table = new Table().Title(Markup.Escape($"{size} 份文件（{inputBytes:#,0} 字节，{(folder == seeds ? seeds : $"种子 {seed}")}）"))
                    .AddColumn("stage").AddColumn(new TableColumn("wall s").RightAligned()).AddColumn(new TableColumn("CPU s").RightAligned())
                    .AddColumn(new TableColumn("peak MiB").RightAligned()).AddColumn(new TableColumn("rows").RightAligned())
                    .AddColumn(new TableColumn("bytes").RightAligned());
                foreach (var r in results)
                    table.AddRow(Markup.Escape(r.Stage), $"{r.Wall.TotalSeconds:0.000}", $"{r.Cpu.TotalSeconds:0.000}",
                        $"{r.PeakBytes / 1_048_576.0:0}", r.Rows == 0 ? "" : $"{r.Rows:#,0}", r.Bytes == 0 ? "" : $"{r.Bytes:#,0}");
                AnsiConsole.Write(table);
            }
            AnsiConsole.MarkupLine(Markup.Escape($"rows: documents (generate, read) or figures (extract) or targets (batch); bytes: input read, or published (batch). " +
                                                 $"peak: the largest working set sampled during the stage. {Environment.ProcessorCount} cores."));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A benchmark that fails says which stage and why, never with a stack trace.
            AnsiConsole.MarkupLine($"[red]{Markup.Escape($"基准测试未完成：{e.Message}")}[/]");
            return ExitCodes.Failed;
        }
        finally
        {
            // Only what this run made: the scratch root if it created it, else its own corpus and run folders.
            if (createdRoot) TryDelete(root);
            else foreach (var size in sizes) { TryDelete(Path.Combine(root, $"corpus-{size}")); TryDelete(Path.Combine(root, $"run-{size}")); }
        }
    }

    /// <summary>
    /// The whole batch three times into one warehouse and reports folder: a first run, a rerun with nothing changed and
    /// a rerun with one document changed; each stage's wall time, CPU time (this process; the browser's own CPU is not
    /// counted) and peak memory, then per run the figures, PDFs printed or reused, PDF pages and bytes published. Then
    /// the first run's PDFs printed again from their HTML in one browser that is already open: the floor for printing.
    /// </summary>
    private static async Task<IReadOnlyList<StageResult>> MeasureBatchAsync(string input, string runFolder)
    {
        var results = new List<StageResult>();
        var reports = Path.Combine(runFolder, "reports");
        var options = new BatchOptions(input, reports, Path.Combine(runFolder, "warehouse.duckdb"), "benchmark");
        var changedCopy = Path.Combine(runFolder, "input");
        foreach (var (label, folder) in new[] { ("first run", input), ("rerun, nothing changed", input), ("rerun, one document changed", changedCopy) })
        {
            if (folder == changedCopy) ChangeOneDocument(input, changedCopy);
            var meter = new BatchStageMeter(label);
            var (jitMethods, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
            var summary = await MonthlyBatch.RunAsync(options with { InputFolder = folder }, meter);
            (jitMethods, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods, System.Runtime.JitInfo.GetCompilationTime() - jitTime);
            results.AddRange(meter.Finish());
            var pdfs = Directory.GetFiles(reports, "*.pdf");
            var published = Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(reports, f).StartsWith(Publishing.EditionPublisher.EditionsFolder, StringComparison.Ordinal))
                .Sum(f => new FileInfo(f).Length);
            results.Add(new StageResult($"  {label}: {summary.Targets + summary.Actuals} figures, {meter.Printed} PDFs printed, {meter.Reused} reused, " +
                                        $"{pdfs.Sum(PageCount)} PDF pages{(summary.Unchanged ? ", edition left as published" : "")}, " +
                                        $"{jitMethods:#,0} methods compiled ({jitTime.TotalSeconds:0.0} s JIT)",
                meter.Total, meter.TotalCpu, meter.Peak, summary.Targets + summary.Actuals, published));
            if (label == "first run") results.AddRange(await MeasurePrintingAloneAsync(reports, Path.Combine(runFolder, "printed-alone")));
        }
        return results;
    }

    /// <summary>
    /// Prints the edition's PDFs again from their HTML: first in a browser launched inside the clock (what a run cannot
    /// avoid: starting the browser), then in one started and warmed up before the clock starts (the floor for printing).
    /// </summary>
    private static async Task<IReadOnlyList<StageResult>> MeasurePrintingAloneAsync(string reports, string output)
    {
        Directory.CreateDirectory(output);
        var jobs = Directory.GetFiles(reports, "*.pdf").Order(StringComparer.Ordinal)
            .Select(pdf => new Reporting.Browser.PrintJob(Path.ChangeExtension(pdf, ".html"), Path.Combine(output, Path.GetFileName(pdf)))).ToList();
        var printedBytes = () => jobs.Sum(j => new FileInfo(j.PdfPath).Length);
        StageResult launchedAndPrinted;
        using (var meter = new StageMeter())
        {
            await using var launched = await Reporting.Browser.HeadlessBrowser.LaunchAsync();
            await launched.PrintToPdfAsync(jobs);
            launchedAndPrinted = meter.Finish($"  a browser launched, then the same {jobs.Count} PDFs printed", jobs.Count, printedBytes());
        }
        await using var browser = await Reporting.Browser.HeadlessBrowser.LaunchAsync();
        await browser.PrintToPdfAsync([jobs[0] with { PdfPath = Path.Combine(output, "warm-up.pdf") }]);
        using (var meter = new StageMeter())
        {
            await browser.PrintToPdfAsync(jobs);
            return [launchedAndPrinted, meter.Finish($"  printing the same {jobs.Count} PDFs alone, browser already open", jobs.Count, printedBytes())];
        }
    }

    /// <summary>A copy of the input with one plain-text UTF-8 document given one more sentence (a new figure).</summary>
    private static void ChangeOneDocument(string input, string copy)
    {
        Directory.CreateDirectory(copy);
        string? changed = null;
        foreach (var file in Directory.GetFiles(input).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(copy, Path.GetFileName(file));
            File.Copy(file, target, overwrite: true);
            if (changed is null && file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && IsUtf8(File.ReadAllBytes(file)))
            {
                File.AppendAllText(target, "\n另：年内新建社区长者食堂3家。\n");
                changed = target;
            }
        }
        if (changed is null) throw new InvalidOperationException($"{input} 中没有 UTF-8 文本文件可供修改");
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try { _ = new System.Text.UTF8Encoding(false, true).GetString(bytes); return !(bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE); }
        catch (System.Text.DecoderFallbackException) { return false; }
    }

    private static int PageCount(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static StageResult Measure(string stage, Func<(long Rows, long Bytes)> work)
    {
        using var meter = new StageMeter();
        var (rows, bytes) = work();
        return meter.Finish(stage, rows, bytes);
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>Wall and CPU time of a stage, and the largest working set sampled every 5 ms while it ran.</summary>
    private sealed class StageMeter : IDisposable
    {
        private readonly Process process = Process.GetCurrentProcess();
        private readonly Stopwatch clock;
        private readonly TimeSpan cpuAtStart;
        private readonly Timer sampler;
        private long peak;

        public StageMeter(bool collect = true)
        {
            // Start from a collected heap so one stage's garbage is not the next stage's peak (not inside a batch run,
            // where a collection between stages would be work the batch does not do).
            if (collect)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            process.Refresh();
            peak = process.WorkingSet64;
            cpuAtStart = process.TotalProcessorTime;
            sampler = new Timer(_ => Sample(), null, 0, 5);
            clock = Stopwatch.StartNew();
        }

        private void Sample()
        {
            using var current = Process.GetCurrentProcess();
            var workingSet = current.WorkingSet64;
            long seen;
            while (workingSet > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, workingSet, seen) != seen) { }
        }

        public StageResult Finish(string stage, long rows, long bytes)
        {
            var wall = clock.Elapsed;
            Sample();
            process.Refresh();
            return new StageResult(stage, wall, process.TotalProcessorTime - cpuAtStart, Interlocked.Read(ref peak), rows, bytes);
        }

        public void Dispose() => sampler.Dispose();
    }

    /// <summary>Times each stage the batch announces (wall, CPU, peak memory) and counts the PDFs it printed or reused.</summary>
    private sealed class BatchStageMeter(string run) : IBatchProgress
    {
        private readonly List<StageResult> _stages = [];
        private readonly Stopwatch _total = Stopwatch.StartNew();
        private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        private StageMeter? _current;
        private string? _currentName;
        private long _peak;

        public int Printed { get; private set; }
        public int Reused { get; private set; }
        public TimeSpan Total { get; private set; }
        public TimeSpan TotalCpu { get; private set; }
        public long Peak => _peak;

        public void Stage(string name)
        {
            Close();
            _currentName = name;
            _current = new StageMeter(collect: false);
        }

        public void Step(string message)
        {
            if (message.Contains("沿用已发布的 PDF", StringComparison.Ordinal)) Reused++;
            else if (message.EndsWith(".pdf", StringComparison.Ordinal)) Printed++;
        }

        public void Warn(string message) { }

        private void Close()
        {
            if (_current is null) return;
            var result = _current.Finish($"{run}: {_currentName}", 0, 0);
            _current.Dispose();
            _peak = Math.Max(_peak, result.PeakBytes);
            _stages.Add(result);
            _current = null;
        }

        public IReadOnlyList<StageResult> Finish()
        {
            Close();
            Total = _total.Elapsed;
            TotalCpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
            return _stages;
        }
    }
}
