using Dapper;
using System.Diagnostics;
using CivilAffairsReports.Publishing;
using CivilAffairsReports.Tests.Support;
using CivilAffairsReports.Warehouse;
using Xunit.Abstractions;

namespace CivilAffairsReports.Tests.Hardening;

/// <summary>
/// The console program run as a child process on real seeds and killed with SIGKILL at random moments, 50 times by
/// default (CAR_KILLS to change it). After each kill: the published folder holds the last edition intact or the new
/// one complete, and the warehouse opens consistent. After the final run: no staging folder, no half swap, no browser
/// or profile folder left. Concurrent runs on the same reports folder or warehouse are refused, naming the holder.
/// </summary>
[Trait("Category", "Kill")]
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private string Input => _folder.File("input");
    private string Reports => _folder.File("reports");
    private string Database => _folder.File("warehouse/w.duckdb");

    private Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "civil-affairs-reports.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// SIGKILL and wait for the process itself. Not WaitForExit(): that also waits for the end of the redirected
    /// output, which the orphaned browser (it inherited the pipes) holds open until the next run clears it away.
    /// </summary>
    private static void KillAndWait(Process process)
    {
        process.Kill();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"process {process.Id} did not end after SIGKILL");
    }

    private Process StartRun(string edition, string? reports = null, string? database = null) =>
        Start("run", "--input", Input, "--reports", reports ?? Reports, "--database", database ?? Database, "--edition", edition);

    [Fact]
    public void Killed_runs_leave_an_edition_intact_and_a_consistent_warehouse_and_concurrent_runs_are_refused()
    {
        Directory.CreateDirectory(Input);
        foreach (var prefix in new[] { "000", "001" })
            File.Copy(Directory.GetFiles(RepositoryPaths.Seeds, prefix + "_*.txt").Single(), Path.Combine(Input, prefix + ".txt"));
        var kills = int.TryParse(Environment.GetEnvironmentVariable("CAR_KILLS"), out var k) ? k : 50;
        var random = new Random(20251125);

        var clock = Stopwatch.StartNew();
        using (var first = StartRun("2025-01")) { Assert.True(first.WaitForExit(TimeSpan.FromMinutes(10))); Assert.Equal(0, first.ExitCode); }
        var fullRun = clock.Elapsed;
        AssertEditionIntact();

        // Concurrent runs: the same reports folder (another warehouse), the same warehouse (another reports folder),
        // and progress-template on the warehouse, all while a run holds them.
        var refused = 0;
        using (var holder = StartRun("2025-02"))
        {
            var lockFile = RunLock.ForWarehouse(Database);
            var wait = Stopwatch.StartNew();
            while (!(File.Exists(lockFile) && File.ReadAllText(lockFile).Contains($"pid={holder.Id}")) && wait.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(50);
            foreach (var contender in new[]
                     {
                         new[] { "run", "--input", Input, "--reports", Reports, "--database", _folder.File("other/w.duckdb"), "--edition", "2025-02" },
                         new[] { "run", "--input", Input, "--reports", _folder.File("other-reports"), "--database", Database, "--edition", "2025-02" },
                         new[] { "progress-template", "--month", "2025-02", "--output", _folder.File("templates"), "--database", Database },
                     })
            {
                var (code, text) = ConsoleProgram.Run(contender);
                Assert.Equal(4, code);
                Assert.Contains("正被另一次运行占用", text);
                Assert.Contains($"进程 {holder.Id}", text);
                Assert.DoesNotContain("   at ", text); // no stack trace on the console
                refused++;
            }
            KillAndWait(holder);
        }
        AssertEditionIntact();
        AssertWarehouseConsistent();

        var killed = 0;
        var completed = 0;
        var attempt = 0;
        while (killed < kills)
        {
            // Edition labels that are not months: a month label outside the plans' year (2025) would be refused.
            var edition = $"kill-{++attempt:000}";
            using var run = StartRun(edition);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds * 1.1);
            if (run.WaitForExit(delay))
            {
                Assert.True(run.ExitCode is 0, $"run {edition} ended with {run.ExitCode}");
                completed++;
            }
            else
            {
                KillAndWait(run); // SIGKILL, this process only: its browser is left behind as a real kill leaves it
                killed++;
            }
            AssertEditionIntact();
            AssertWarehouseConsistent();
            if (Environment.GetEnvironmentVariable("CAR_KILL_LOG") is { Length: > 0 } log)
                File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss} {killed} kills, {completed} completed, edition and warehouse checked after each (last delay {delay.TotalSeconds:0.0} s)\n");
        }

        var finalStart = DateTime.UtcNow;
        using (var last = StartRun("final")) { Assert.True(last.WaitForExit(TimeSpan.FromMinutes(10))); Assert.Equal(0, last.ExitCode); }
        AssertEditionIntact();
        AssertWarehouseConsistent();
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".reports-*"));
        Assert.False(File.Exists(_folder.File(".reports.swap")));
        var leftProfiles = Directory.GetDirectories(Path.GetTempPath(), "car-chromium-*")
            .Where(d => Directory.GetLastWriteTimeUtc(d) < finalStart && !InUse(d)).ToList();
        Assert.Empty(leftProfiles);
        Assert.Empty(OrphanBrowsers());

        var message = $"kill test: {killed} kills at random points, {completed} runs completed in between, editions intact after all {killed + completed + 3}, " +
                      $"{refused} concurrent runs refused, {clock.Elapsed.TotalSeconds:0} s (one full run {fullRun.TotalSeconds:0.0} s)";
        output.WriteLine(message);
        Console.WriteLine(message);
    }

    /// <summary>The published folder is a complete edition: its marker, its manifest and every file the manifest lists.</summary>
    private void AssertEditionIntact()
    {
        Assert.True(EditionPublisher.IsEdition(Reports), "no edition published");
        var manifest = Path.Combine(Reports, EditionPublisher.ManifestFile);
        Assert.True(File.Exists(manifest), "edition without its manifest");
        foreach (var file in File.ReadAllLines(manifest)) Assert.True(File.Exists(Path.Combine(Reports, file)), $"{file} missing from the edition");
        Assert.Contains("index.html", File.ReadAllLines(manifest));
        Assert.Contains("briefing.pdf", File.ReadAllLines(manifest));
    }

    /// <summary>The warehouse opens; after opening no run is left 'running' and every run's documents and figures exist.</summary>
    private void AssertWarehouseConsistent()
    {
        using var store = WarehouseStore.Open(Database);
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM runs WHERE status = 'running'"));
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM run_documents r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = r.content_hash)"));
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM figures f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = f.content_hash)"));
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM run_documents r JOIN runs USING (run_id) WHERE runs.status <> 'published'"));
    }

    private static bool InUse(string profile) =>
        OperatingSystem.IsLinux() && Directory.GetDirectories("/proc").Any(p =>
        {
            try { return File.ReadAllText(Path.Combine(p, "cmdline")).Contains(profile, StringComparison.Ordinal); }
            catch (Exception) { return false; }
        });

    /// <summary>Browsers on one of the product's profiles whose parent is gone (reparented to init).</summary>
    private static List<int> OrphanBrowsers()
    {
        if (!OperatingSystem.IsLinux()) return [];
        var orphans = new List<int>();
        foreach (var p in Directory.GetDirectories("/proc"))
        {
            try
            {
                var command = File.ReadAllText(Path.Combine(p, "cmdline"));
                if (!command.Contains("--user-data-dir=" + Path.Combine(Path.GetTempPath(), "car-chromium-"), StringComparison.Ordinal)) continue;
                var stat = File.ReadAllText(Path.Combine(p, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
                if (parent == 1) orphans.Add(int.Parse(Path.GetFileName(p)));
            }
            catch (Exception) { }
        }
        return orphans;
    }

    public void Dispose() => _folder.Dispose();
}
