using System.CommandLine;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Extraction;
using CivilAffairsReports.Review;
using Spectre.Console;

namespace CivilAffairsReports.Cli.Verbs;

/// <summary>extract: documents to targets.csv, without the warehouse or reports (for checking the extractor).</summary>
internal static class ExtractVerb
{
    public static Command Create()
    {
        var input = SharedOptions.Input();
        var catalog = SharedOptions.Catalog();
        var output = new Option<string>("--output", "-o") { Description = "输出 CSV 文件 (output CSV file)", Required = true };
        var corrections = SharedOptions.Corrections();
        var command = new Command("extract", "只提取量化目标，写成 CSV (extract targets to CSV)") { input, output, catalog, corrections };
        command.SetAction(parse => Execute(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(catalog), parse.GetValue(corrections)));
        return command;
    }

    private static int Execute(string inputFolder, string outputPath, string? catalogPath, string? correctionsPath)
    {
        if (!Directory.Exists(inputFolder))
        {
            AnsiConsole.MarkupLine($"[red]输入文件夹不存在：{Markup.Escape(inputFolder)}[/]");
            return ExitCodes.Failed;
        }
        IndicatorCatalog catalog;
        try { catalog = IndicatorCatalog.Load(catalogPath); }
        catch (CatalogError e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return ExitCodes.Failed;
        }
        var extractor = new TargetExtractor(catalog);
        ReviewedCorrections corrections;
        try { corrections = ReviewedCorrections.Load(correctionsPath, catalog); }
        catch (CorrectionsError e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return ExitCodes.Failed;
        }
        var batch = DocumentReader.ReadDirectory(inputFolder);
        var failures = batch.Failures.ToList();
        foreach (var problem in corrections.Problems)
            failures.Add(new DocumentReadException(Path.GetFileName(correctionsPath ?? ReviewedCorrections.DefaultPath), problem));
        foreach (var unmatched in corrections.Unmatched(batch.Documents))
            AnsiConsole.MarkupLine($"[yellow]复核更正未生效：{Markup.Escape(unmatched.Document)} {Markup.Escape(unmatched.Indicator)}：{Markup.Escape(unmatched.Problem ?? "")}[/]");
        var rows = new List<TargetRow>();
        foreach (var document in batch.Documents)
        {
            try
            {
                var (extraction, _) = corrections.Apply(DocumentExtraction.Run(extractor, document));
                rows.AddRange(extraction.Rows());
                AnsiConsole.MarkupLine($"  {Markup.Escape(document.FileName)}：{extraction.Figures.Count} 个数字");
            }
            catch (DocumentReadException e) { failures.Add(e); }
        }
        TargetsCsv.Write(outputPath, rows);
        foreach (var f in failures) AnsiConsole.MarkupLine($"[yellow]未能读取：{Markup.Escape(f.Message)}[/]");
        AnsiConsole.MarkupLine($"已写入 {Markup.Escape(Path.GetFullPath(outputPath))}：{rows.Count} 行，来自 {batch.Documents.Count} 份文件");
        return failures.Count == 0 ? ExitCodes.Success : ExitCodes.PartlyPublished;
    }
}
