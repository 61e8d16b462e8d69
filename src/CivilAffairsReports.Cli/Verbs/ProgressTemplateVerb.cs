using System.CommandLine;
using CivilAffairsReports.Progress;
using CivilAffairsReports.Publishing;
using CivilAffairsReports.Warehouse;
using Spectre.Console;

namespace CivilAffairsReports.Cli.Verbs;

/// <summary>progress-template: one fill-in file per district (CSV and xlsx) for a month, from the last run's targets.</summary>
internal static class ProgressTemplateVerb
{
    public static Command Create()
    {
        var month = new Option<string>("--month") { Description = "填报月份 yyyy-MM (the month to report)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "模板输出文件夹 (folder for the templates)", Required = true };
        var database = SharedOptions.Database();
        var command = new Command("progress-template", "生成各区月度进度填报模板 (monthly progress templates per district)") { month, output, database };
        command.SetAction(parse => Execute(parse.GetValue(month)!, parse.GetValue(output)!, parse.GetValue(database)!));
        return command;
    }

    private static int Execute(string month, string output, string databasePath)
    {
        if (!ProgressImporter.IsValidMonth(month))
        {
            AnsiConsole.MarkupLine($"[red]月份“{Markup.Escape(month)}”格式应为 yyyy-MM，例如 2025-06[/]");
            return ExitCodes.Failed;
        }
        if (!File.Exists(databasePath))
        {
            AnsiConsole.MarkupLine($"[red]数据仓库不存在：{Markup.Escape(databasePath)}。请先运行 ./run.sh 读取各区工作要点。[/]");
            return ExitCodes.Failed;
        }
        // The warehouse is opened under its lock, like every verb that opens it: a run in progress is named, not crashed into.
        using var warehouseLock = RunLock.Acquire(RunLock.ForWarehouse(databasePath), $"数据仓库 {Path.GetFullPath(databasePath)}");
        using var store = WarehouseStore.Open(databasePath);
        // The plan's clock: districts report against one plan year's targets, so a month outside it is refused.
        if (ProgressImporter.PlanYear(store) is { } planYear && !Analysis.PlanClockRules.InPlanYear(month, planYear))
        {
            AnsiConsole.MarkupLine($"[red]月份 {Markup.Escape(month)} 不在计划年度内：数据仓库中最新的是 {planYear} 年工作要点，" +
                                   $"进度只能按 {planYear}-01 至 {planYear}-12 填报。{planYear + 1} 年的工作要点导入后再生成 {planYear + 1} 年的模板。[/]");
            return ExitCodes.Failed;
        }
        var written = ProgressImporter.WriteTemplates(store, month, output);
        if (written.Count == 0)
        {
            AnsiConsole.MarkupLine("[red]数据仓库中没有区级目标。请先运行 ./run.sh。[/]");
            return ExitCodes.Failed;
        }
        foreach (var file in written) AnsiConsole.MarkupLine($"  {Markup.Escape(Path.Combine(output, file))}");
        AnsiConsole.MarkupLine($"已生成 {written.Count / 2} 个区的 {Markup.Escape(month)} 填报模板（CSV 与 xlsx 各一份）。各区填写“截至当月累计完成”后交回。");
        return ExitCodes.Success;
    }
}
