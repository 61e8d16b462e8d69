using System.Text.RegularExpressions;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Cli;

/// <summary>benchmark --batch on the seeds as a user runs it: the rows it prints say what each run did. Timings are not asserted.</summary>
public partial class BenchmarkVerbTests
{
    [Fact]
    public void The_batch_benchmark_on_the_seeds_reports_each_run_and_both_printing_floors_and_leaves_the_scratch_folder_as_it_was()
    {
        using var scratch = RepositoryPaths.NewTempFolder();
        File.WriteAllText(scratch.File("notes.txt"), "mine");

        var (code, output) = ConsoleProgram.Run("benchmark", "--input", RepositoryPaths.Seeds, "--sizes", "5", "--batch", "--scratch", scratch.Path);

        Assert.True(code == 0, output);
        var first = RunRow().Match(output[output.IndexOf("first run:", output.IndexOf("first run: 发布", StringComparison.Ordinal), StringComparison.Ordinal)..]);
        Assert.True(first.Success, output);
        Assert.Equal(("5", "0"), (first.Groups["printed"].Value, first.Groups["reused"].Value));
        Assert.Contains("a browser launched, then the same 5 PDFs printed", output);
        Assert.Contains("printing the same 5 PDFs alone, browser already open", output);

        var unchanged = RunRow().Match(output[output.IndexOf("  rerun, nothing changed:", StringComparison.Ordinal)..]);
        Assert.Equal(first.Groups["figures"].Value, unchanged.Groups["figures"].Value);
        Assert.Equal("0", unchanged.Groups["printed"].Value);
        Assert.Contains("edition left as published", unchanged.Value);

        // The changed seed gains one sentence with one figure: its district's briefing and its parent's are printed again.
        var changed = RunRow().Match(output[output.IndexOf("  rerun, one document changed:", StringComparison.Ordinal)..]);
        Assert.Equal(int.Parse(first.Groups["figures"].Value) + 1, int.Parse(changed.Groups["figures"].Value));
        Assert.Equal(("2", "3"), (changed.Groups["printed"].Value, changed.Groups["reused"].Value));

        Assert.Equal([scratch.File("notes.txt")], Directory.GetFileSystemEntries(scratch.Path));
        Assert.Equal("mine", File.ReadAllText(scratch.File("notes.txt")));
    }

    [GeneratedRegex(@"(?<figures>\d+) figures, (?<printed>\d+) PDFs printed, (?<reused>\d+) reused, \d+ PDF pages[^│]*?methods compiled")]
    private static partial Regex RunRow();
}
