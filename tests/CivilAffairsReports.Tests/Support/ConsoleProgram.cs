using System.Diagnostics;

namespace CivilAffairsReports.Tests.Support;

/// <summary>The console program run as a user runs it, from the test's output folder.</summary>
internal static class ConsoleProgram
{
    public static (int Code, string Output) Run(params string[] arguments) => RunWith(new Dictionary<string, string>(), arguments);

    /// <summary>The same, with environment variables set for the child process only (e.g. CHROMIUM_PATH).</summary>
    public static (int Code, string Output) RunWith(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "civil-affairs-reports.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
