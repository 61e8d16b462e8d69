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
            BrowserNotFoundException or DllNotFoundException => (ExitCodes.MissingDependency, error.Message),
            RunLockedError or PublishRefusedError or BatchError or Extraction.CatalogError or Review.CorrectionsError
                or Progress.ProgressFileError or Documents.DocumentReadException => (ExitCodes.Failed, error.Message),
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
