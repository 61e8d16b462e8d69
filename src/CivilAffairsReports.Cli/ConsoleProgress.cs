using System.Diagnostics;
using CivilAffairsReports.Pipeline;
using Spectre.Console;

namespace CivilAffairsReports.Cli;

/// <summary>One line per stage with its number and elapsed time, indented steps below it. Text from documents is escaped.</summary>
internal sealed class ConsoleProgress(int stageCount) : IBatchProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _stage;

    public void Stage(string name)
    {
        _stage++;
        AnsiConsole.MarkupLine($"[bold blue][[{_stage}/{stageCount}]][/] [bold]{Markup.Escape(name)}[/] [grey]({_clock.Elapsed.TotalSeconds:0.0} s)[/]");
    }

    public void Step(string message) => AnsiConsole.MarkupLine($"      [grey]{Markup.Escape(message)}[/]");

    public void Warn(string message) => AnsiConsole.MarkupLine($"      [yellow]警告：{Markup.Escape(message)}[/]");
}
