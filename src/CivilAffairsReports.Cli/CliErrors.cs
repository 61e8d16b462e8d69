using CivilAffairsReports.Pipeline;
using CivilAffairsReports.Publishing;
using CivilAffairsReports.Reporting.Browser;
using Spectre.Console;

namespace CivilAffairsReports.Cli;

/// <summary>
/// Every error ends in a documented exit code with a message in Chinese; the full trace goes to the log in the
/// warehouse's folder, never to the console.
/// </summary>
internal static class CliErrors
{
    public static int Report(Exception error, string databasePath, bool published = false)
    {
        var log = BatchLog.Write(databasePath, "command failed", error);
        var (code, message) = error switch
        {
            Reporting.MissingDependencyException => (ExitCodes.MissingDependency, error.Message), // no browser, one that will not start, no CJK font
            DllNotFoundException => (ExitCodes.MissingDependency,
                $"找不到原生库（DuckDB 随 NuGet 包 DuckDB.NET.Data.Full 安装）：请重新运行 ./run.sh 以还原依赖。{FirstLine(error.Message)}"),
            RunLockedError or PublishRefusedError or BatchError or BrowserException or Warehouse.WarehouseException or Extraction.CatalogError or Review.CorrectionsError
                or Progress.ProgressFileError or Documents.DocumentReadException => (ExitCodes.Failed, error.Message),
            System.Data.Common.DbException => (ExitCodes.Failed, $"数据仓库出错：{FirstLine(error.Message)}"),
            IOException or UnauthorizedAccessException => (ExitCodes.Failed, $"读写文件时出错：{error.Message}"),
            OperationCanceledException => (ExitCodes.Failed, "运行已取消"),
            _ => (ExitCodes.Failed, $"内部错误（{error.GetType().Name}）：{FirstLine(error.Message)}"),
        };
        AnsiConsole.MarkupLine($"[red]运行失败：{Markup.Escape(message)}[/]");
        if (!published) AnsiConsole.MarkupLine("[grey]本次未发布，上一期报告保持不变。[/]");
        if (log is not null) AnsiConsole.MarkupLine($"[grey]详细信息已写入 {Markup.Escape(log)}[/]");
        return code;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    /// <summary>The warehouse named on the command line (for the log's place), or the default one.</summary>
    public static string DatabaseFrom(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--database") return args[i + 1];
        var inline = args.FirstOrDefault(a => a.StartsWith("--database=", StringComparison.Ordinal));
        return inline?["--database=".Length..] ?? Path.Combine("warehouse", "civil-affairs.duckdb");
    }
}
