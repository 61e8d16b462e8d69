using System.CommandLine;
using System.Diagnostics;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using Spectre.Console;

namespace CivilAffairsReports.Cli.Verbs;

/// <summary>benchmark: extraction throughput (MB/s of input) and memory over the input folder, repeated.</summary>
internal static class BenchmarkVerb
{
    public static Command Create()
    {
        var input = SharedOptions.Input();
        var rounds = new Option<int>("--rounds") { Description = "重复次数 (repetitions)", DefaultValueFactory = _ => 50 };
        var sizes = new Option<string?>("--sizes")
        {
            Description = "生成这些份数的全国语料并分阶段计时，例如 5,200,3000；与 --input 中文件数相同的份数即用这些文件 (generate corpora of these sizes and time each stage; the size of --input means its files)",
        };
        var seed = new Option<int>("--seed") { Description = "语料的随机种子 (corpus seed)", DefaultValueFactory = _ => 1 };
        var batch = new Option<bool>("--batch") { Description = "同时运行完整的月度批处理 (also time the whole monthly batch)" };
        var scratch = new Option<string?>("--scratch") { Description = "存放生成语料的临时文件夹 (scratch folder; default: the system temp folder)" };
        var command = new Command("benchmark", "测量读取与提取的速度和内存 (extraction throughput and memory)") { input, rounds, sizes, seed, batch, scratch };
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(sizes) is not { } list) return Execute(parse.GetValue(input)!, parse.GetValue(rounds));
            var parsed = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.TryParse(s, out var n) && n > 0 ? n : -1).ToList();
            if (parsed.Count == 0 || parsed.Contains(-1))
            {
                AnsiConsole.MarkupLine(Markup.Escape($"--sizes 应为正整数列表，例如 200,3000（收到“{list}”）"));
                return ExitCodes.UsageError;
            }
            return await CorpusBenchmark.RunAsync(parsed, parse.GetValue(seed), parse.GetValue(batch), parse.GetValue(scratch),
                parse.GetValue(input)!);
        });
        return command;
    }

    private static int Execute(string inputFolder, int rounds)
    {
        var files = DocumentReader.ReadDirectory(inputFolder).Documents.Select(d => Path.Combine(inputFolder, d.FileName)).ToArray();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var extractor = new TargetExtractor(IndicatorCatalog.Load());
        int Once() => DocumentReader.ReadDirectory(inputFolder).Documents.Sum(d => DocumentExtraction.Run(extractor, d).Figures.Count);

        var figures = Once(); // warm-up: JIT, regex construction, catalog
        var timings = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            Once();
            timings.Add(clock.Elapsed.TotalSeconds);
        }
        timings.Sort();
        var median = timings[timings.Count / 2];
        var megabytes = bytes / 1_000_000.0;
        var table = new Table().AddColumn("measure").AddColumn("value");
        table.AddRow("documents", $"{files.Length} ({bytes:#,0} bytes)");
        table.AddRow("figures per pass", figures.ToString());
        table.AddRow("rounds", rounds.ToString());
        table.AddRow("median pass (read + normalise + extract)", $"{median * 1000:0.0} ms");
        table.AddRow("fastest / slowest pass", $"{timings[0] * 1000:0.0} / {timings[^1] * 1000:0.0} ms");
        table.AddRow("throughput (median)", $"{megabytes / median:0.00} MB/s");
        table.AddRow("peak working set", $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:0} MiB");
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }
}
