using System.Diagnostics;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Cli;

/// <summary>
/// run.sh and run.ps1, the two documented entry points, run as staff run them from the repository root.
/// run.ps1 runs under PowerShell (installed as a .NET tool by run.sh where it is missing).
/// </summary>
public sealed class EntryScriptTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    private static string PowerShell()
    {
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "pwsh");
        if (File.Exists(tool)) return tool;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "pwsh")).FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            "pwsh not found: install it with `dotnet tool install --global PowerShell --version 7.6.9` (./run.sh test does)");
    }

    private static (int Code, string Output) Run(string program, IEnumerable<string> arguments, string? chromiumPath = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (chromiumPath is not null) start.Environment["CHROMIUM_PATH"] = chromiumPath;
        using var process = Process.Start(start)!;
        process.StandardInput.Close(); // as in CI: nothing to answer a prompt with
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    [Fact]
    public void Run_ps1_passes_a_verb_and_its_options_to_the_program_whole()
    {
        var csv = _folder.File("targets.csv");
        var (code, output) = Run(PowerShell(), ["-NoProfile", "-File", "run.ps1", "extract", "--input", "seeds", "--output", csv]);
        Assert.True(code == 0, output);
        var rows = System.Text.RegularExpressions.Regex.Match(output, @"(\d+) 行");
        Assert.True(rows.Success, output);
        Assert.Equal(int.Parse(rows.Groups[1].Value) + 1, File.ReadAllLines(csv).Length); // header + every row it said
        Assert.True(int.Parse(rows.Groups[1].Value) > 90);
    }

    [Theory]
    [InlineData("ps1")]
    [InlineData("sh")]
    public void A_chosen_browser_that_is_not_there_stops_the_script_with_exit_3_naming_it(string script)
    {
        var missing = _folder.File("no-such-browser");
        var (code, output) = script == "ps1"
            ? Run(PowerShell(), ["-NoProfile", "-File", "run.ps1", "run"], missing)
            : Run("bash", ["run.sh", "run"], missing);
        Assert.Equal(3, code);
        Assert.Contains(missing, output);
        Assert.Contains("CHROMIUM_PATH", output);
    }

    public void Dispose() => _folder.Dispose();
}
