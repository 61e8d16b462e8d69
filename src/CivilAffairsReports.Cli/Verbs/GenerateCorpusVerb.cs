using System.CommandLine;
using CivilAffairsReports.Regions;
using System.Diagnostics;
using CivilAffairsReports.Corpus;
using Spectre.Console;

namespace CivilAffairsReports.Cli.Verbs;

/// <summary>generate-corpus: a national test corpus with its ground truth, deterministic from a seed.</summary>
internal static class GenerateCorpusVerb
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "随机种子；同一种子生成逐字节相同的文件 (seed)", DefaultValueFactory = _ => 1 };
        var documents = new Option<int>("--documents", "-n") { Description = "文件份数 (number of documents)", DefaultValueFactory = _ => 200 };
        var output = new Option<string>("--output", "-o") { Description = "输出文件夹：新建、空的或之前生成的语料 (output folder)", Required = true };
        var year = new Option<int>("--year") { Description = "工作要点年度 (plan year)", DefaultValueFactory = _ => 2025 };
        var provinces = new Option<string?>("--provinces") { Description = "只生成这些省份，代码前两位，逗号分隔，例如 31,33 (provinces)" };
        var command = new Command("generate-corpus", "生成全国测试语料及其标准答案 (generate a national test corpus)")
            { seed, documents, output, year, provinces };
        command.SetAction(parse => Execute(new CorpusOptions(
            parse.GetValue(seed), parse.GetValue(documents), parse.GetValue(output)!, parse.GetValue(year),
            parse.GetValue(provinces)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
        return command;
    }

    private static int Execute(CorpusOptions options)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var summary = CorpusGenerator.Generate(options, RegionCatalog.Load());
            var kinds = string.Join("，", summary.Documents.GroupBy(d => d.Kind).Select(g => $"{g.Key} {g.Count()}"));
            var provinces = summary.Documents.Select(d => d.Region.ProvinceCode).Distinct().Count();
            AnsiConsole.MarkupLine(Markup.Escape(
                $"已生成 {summary.Documents.Count} 份文件（{kinds}；{provinces} 个省级地区，{summary.Bytes:#,0} 字节），" +
                $"{summary.ExpectedFigures} 个标准答案数字，{summary.ExpectedShares} 个已知占比，用时 {clock.Elapsed.TotalSeconds:0.00} 秒：" +
                Path.GetFullPath(options.OutputFolder)));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is CorpusError or RegionCatalogError)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape($"无法写入 {options.OutputFolder}：{e.Message}")}[/]");
            return ExitCodes.Failed;
        }
    }
}
