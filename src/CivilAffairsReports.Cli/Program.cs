using System.CommandLine;
using System.Text;
using CivilAffairsReports.Cli.Verbs;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("上海民政工作要点量化目标对比 (CivilAffairsReports)")
{
    RunVerb.Create(),
    ExtractVerb.Create(),
    BenchmarkVerb.Create(),
};
return await root.Parse(args).InvokeAsync();
