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
/// benchmark --sizes 200,3000: generates a corpus of each size and times the stages it can on it — generation,
/// reading alone, reading and extraction one document at a time and on every core, and (with --batch) the
/// whole monthly batch into a scratch folder — printing wall time, CPU time, peak memory, rows and bytes.
/// </summary>
internal static class CorpusBenchmark
{
    private sealed record StageResult(string Stage, TimeSpan Wall, TimeSpan Cpu, long PeakBytes, long Rows, long Bytes);

    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, int seed, bool runBatch, string? scratch)
    {
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
                var folder = Path.Combine(root, $"corpus-{size}");
                var results = new List<StageResult>();
                CorpusSummary? corpus = null;
                results.Add(Measure("generate", () =>
                {
                    corpus = CorpusGenerator.Generate(new CorpusOptions(seed, size, folder), regions);
                    return (corpus.Documents.Count, corpus.Bytes);
                }));
                var inputBytes = corpus!.Bytes;
                // Warm-up outside the clock: JIT, regex construction, the region index.
                ParallelExtraction.ReadAndExtract(folder, extractor, corrections);

                results.Add(Measure("read, 1 thread", () => (DocumentReader.ReadDirectory(folder).Documents.Count, inputBytes)));
                results.Add(Measure($"read, {Environment.ProcessorCount} threads", () => (ParallelExtraction.ReadDirectory(folder).Documents.Count, inputBytes)));
                results.Add(Measure("read + extract, 1 thread", () =>
                    (ParallelExtraction.ReadAndExtract(folder, extractor, corrections, 1).Extractions.Sum(e => e.Figures.Count), inputBytes)));
                results.Add(Measure($"read + extract, {Environment.ProcessorCount} threads", () =>
                    (ParallelExtraction.ReadAndExtract(folder, extractor, corrections).Extractions.Sum(e => e.Figures.Count), inputBytes)));
                if (runBatch) results.Add(await MeasureBatchAsync(folder, Path.Combine(root, $"run-{size}")));

                var table = new Table().Title(Markup.Escape($"{size} 份文件（{inputBytes:#,0} 字节，种子 {seed}）"))
                    .AddColumn("stage").AddColumn(new TableColumn("wall s").RightAligned()).AddColumn(new TableColumn("CPU s").RightAligned())
                    .AddColumn(new TableColumn("peak MiB").RightAligned()).AddColumn(new TableColumn("rows").RightAligned())
                    .AddColumn(new TableColumn("bytes").RightAligned());
                foreach (var r in results)
                    table.AddRow(Markup.Escape(r.Stage), $"{r.Wall.TotalSeconds:0.000}", $"{r.Cpu.TotalSeconds:0.000}",
                        $"{r.PeakBytes / 1_048_576.0:0}", $"{r.Rows:#,0}", $"{r.Bytes:#,0}");
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

    private static async Task<StageResult> MeasureBatchAsync(string input, string runFolder)
    {
        var reports = Path.Combine(runFolder, "reports");
        var options = new BatchOptions(input, reports, Path.Combine(runFolder, "warehouse.duckdb"), "benchmark");
        using var meter = new StageMeter();
        var summary = await MonthlyBatch.RunAsync(options, new QuietProgress());
        var published = Directory.EnumerateFiles(reports, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return meter.Finish("whole batch (read … publish)", summary.Targets + summary.Actuals, published);
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

        public StageMeter()
        {
            // Start from a collected heap so one stage's garbage is not the next stage's peak.
            GC.Collect();
            GC.WaitForPendingFinalizers();
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

    private sealed class QuietProgress : IBatchProgress
    {
        public void Stage(string name) { }
        public void Step(string message) { }
        public void Warn(string message) { }
    }
}
