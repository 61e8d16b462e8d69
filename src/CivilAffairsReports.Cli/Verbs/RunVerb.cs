using System.CommandLine;
using CivilAffairsReports.Documents;
using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Reporting;
using CivilAffairsReports.Reporting.Browser;
using CivilAffairsReports.Warehouse;
using Spectre.Console;

namespace CivilAffairsReports.Cli.Verbs;

/// <summary>run: the monthly batch, from documents to the published edition.</summary>
internal static class RunVerb
{
    public static Command Create()
    {
        var input = SharedOptions.Input();
        var catalog = SharedOptions.Catalog();
        var corrections = SharedOptions.Corrections();
        var reports = new Option<string>("--reports") { Description = "发布目录 (published folder)", DefaultValueFactory = _ => "reports" };
        var database = SharedOptions.Database();
        var month = new Option<string?>("--month") { Description = "进度月份 yyyy-MM，默认与期次相同 (progress month)" };
        var progressFolder = new Option<string?>("--progress") { Description = "各区交回的填报文件所在文件夹 (filled progress templates to import)" };
        var edition = new Option<string?>("--edition")
        {
            Description = "期次，默认取自数据：最近报送进度的月份，无进度时为计划年度 (edition label; default from the data)",
        };
        var command = new Command("run", "月度批处理：读取工作要点，提取目标，分析并发布报告 (the monthly batch)")
        {
            input, reports, database, edition, catalog, corrections, month, progressFolder,
        };
        command.SetAction((parse, ct) => ExecuteAsync(
            new BatchOptions(parse.GetValue(input)!, parse.GetValue(reports)!, parse.GetValue(database)!,
                parse.GetValue(edition), parse.GetValue(catalog), parse.GetValue(corrections),
                parse.GetValue(month), parse.GetValue(progressFolder)), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(BatchOptions options, CancellationToken ct)
    {
        AnsiConsole.MarkupLine($"[bold]上海民政工作要点对比 · 月度批处理[/]  输入 {Markup.Escape(options.InputFolder)} → 发布 {Markup.Escape(options.ReportsFolder)}");
        BatchSummary summary;
        try
        {
            summary = await MonthlyBatch.RunAsync(options, new ConsoleProgress(stageCount: 6), ct);
        }
        catch (Exception e)
        {
            return CliErrors.Report(e, options.DatabasePath);
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("项目").AddColumn("结果");
        table.AddRow("读取文件", $"{summary.DocumentsRead} 份" + (summary.Failures.Count > 0 ? $"，[yellow]{summary.Failures.Count} 份未能读取[/]" : "")
            + (summary.InputFiles?.Count(f => f.Status == FileOutcomeStatus.Skipped) is > 0 and var skipped ? $"，{skipped} 个已跳过（原因见上）" : ""));
        table.AddRow("量化目标", $"{summary.Targets} 项（另有上年实绩 {summary.Actuals} 项，待复核 {summary.Uncatalogued} 项）");
        var pdfs = summary.FilesWritten.Count(f => f.EndsWith(".pdf"));
        var charts = summary.FilesWritten.Count(f => f.StartsWith("charts/"));
        table.AddRow("生成文件", summary.Unchanged ? "无（输入未变化，已发布的一期保持不变）"
            : $"{summary.FilesWritten.Count} 个（PDF 简报 {pdfs} 份，图表文件 {charts} 个，另有网页与数据下载）");
        table.AddRow("发布位置", Markup.Escape(summary.ReportsFolder));
        table.AddRow("数据仓库", Markup.Escape($"{summary.DatabasePath}（第 {summary.RunId} 次运行）"));
        AnsiConsole.Write(table);

        if (summary.ProgressRejected.Count > 0)
        {
            foreach (var r in summary.ProgressRejected) AnsiConsole.MarkupLine($"[yellow]进度文件未导入：{Markup.Escape(r)}[/]");
            AnsiConsole.MarkupLine("[yellow]其余已发布；请修正上述进度文件后重新运行。[/]");
            return ExitCodes.PartlyPublished;
        }
        if (summary.Failures.Count > 0)
        {
            foreach (var f in summary.Failures) AnsiConsole.MarkupLine($"[yellow]未能读取：{Markup.Escape(f.Message)}[/]");
            AnsiConsole.MarkupLine("[yellow]已发布其余文件的报告；请修正上述文件后重新运行。[/]");
            return ExitCodes.PartlyPublished;
        }
        AnsiConsole.MarkupLine("[green]完成。[/]");
        return ExitCodes.Success;
    }
}
