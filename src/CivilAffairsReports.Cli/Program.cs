using System.CommandLine;
using System.Text;
using CivilAffairsReports.Cli.Verbs;

Console.OutputEncoding = Encoding.UTF8;
// Logs (cron, Task Scheduler) should not have messages broken at 80 columns.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 240;

var root = new RootCommand("上海民政工作要点量化目标对比 (CivilAffairsReports)")
{
    RunVerb.Create(),
    ExtractVerb.Create(),
    BenchmarkVerb.Create(),
    ProgressTemplateVerb.Create(),
    GenerateCorpusVerb.Create(),
};
try
{
    // Our own handler: the default one prints a stack trace and exits 1, which the README keeps for bad command lines.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return CivilAffairsReports.Cli.CliErrors.Report(e, CivilAffairsReports.Cli.CliErrors.DatabaseFrom(args));
}
