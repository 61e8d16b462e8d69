using System.Diagnostics;

namespace CivilAffairsReports.Publishing;

/// <summary>
/// A run killed while printing leaves its headless browser running and its profile folder (car-chromium-* in the
/// temp folder) behind. The next run ends those browsers and removes those folders, touching only what is the
/// product's: folders with that prefix older than the run, not in use by a live browser whose run is alive.
/// </summary>
internal static class BrowserLeftovers
{
    public const string ProfilePrefix = "car-chromium-";

    public static IReadOnlyList<string> Repair(DateTime runStartedUtc)
    {
        var done = new List<string>();
        string temp;
        try { temp = Path.GetTempPath(); } catch (Exception) { return done; }
        var orphans = OrphanBrowsers(temp);
        foreach (var (pid, profile) in orphans)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
                done.Add($"结束了中断运行留下的浏览器进程 {pid}");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
        }
        // A helper (zygote, renderer) forked while its browser was being ended is not in that browser's tree any more:
        // with init for a parent it is an orphan too.
        foreach (var helper in Helpers(temp).Where(h => h.ParentPid == 1))
        {
            try
            {
                using var process = Process.GetProcessById(helper.Pid);
                process.Kill();
                process.WaitForExit(5000);
                done.Add($"结束了中断运行留下的浏览器辅助进程 {helper.Pid}");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
        }
        var live = LiveBrowserProfiles(temp).Except(orphans.Select(o => o.Profile)).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in SafeDirectories(temp, ProfilePrefix + "*"))
        {
            if (live.Contains(folder)) continue;
            if (Directory.GetLastWriteTimeUtc(folder) >= runStartedUtc) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                done.Add($"删除了中断运行留下的浏览器配置文件夹 {Path.GetFileName(folder)}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return done;
    }

    private static IEnumerable<string> SafeDirectories(string folder, string pattern)
    {
        try { return Directory.GetDirectories(folder, pattern); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    /// <summary>Browser processes (Linux: /proc) with one of the product's profiles, and which profile.</summary>
    private static List<(int Pid, string Profile, int ParentPid)> Browsers(string temp) =>
        Processes(temp).Where(p => !p.Helper).Select(p => (p.Pid, p.Profile, p.ParentPid)).ToList();

    /// <summary>The browsers' helper processes (--type=zygote, renderer, gpu-process …) with one of the product's profiles.</summary>
    private static List<(int Pid, string Profile, int ParentPid)> Helpers(string temp) =>
        Processes(temp).Where(p => p.Helper).Select(p => (p.Pid, p.Profile, p.ParentPid)).ToList();

    private static List<(int Pid, string Profile, int ParentPid, bool Helper)> Processes(string temp)
    {
        var found = new List<(int, string, int, bool)>();
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc")) return found;
        var marker = "--user-data-dir=" + Path.Combine(temp, ProfilePrefix);
        foreach (var entry in SafeDirectories("/proc", "*"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid)) continue;
            try
            {
                // Arguments are NUL-separated, but a zygote rewrites its command line as one space-separated string.
                var commandLine = File.ReadAllText(Path.Combine(entry, "cmdline"));
                var arguments = commandLine.Split('\0');
                if (!arguments.Any(a => a.StartsWith(marker, StringComparison.Ordinal))) arguments = commandLine.Split(' ');
                var profileArgument = arguments.FirstOrDefault(a => a.StartsWith(marker, StringComparison.Ordinal));
                if (profileArgument is null) continue;
                var stat = File.ReadAllText(Path.Combine(entry, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                found.Add((pid, profileArgument["--user-data-dir=".Length..], int.Parse(fields[1]),
                    arguments.Any(a => a.StartsWith("--type=", StringComparison.Ordinal))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { }
        }
        return found;
    }

    /// <summary>
    /// A browser is an orphan when the run that started it is gone: no .NET process among its parents. Its parents, not
    /// only its parent: a browser started through a wrapper script (Debian's chromium-headless-shell runs the binary
    /// without exec) has the shell for a parent and the run above it, and is not to be ended by a concurrent run.
    /// </summary>
    private static List<(int Pid, string Profile)> OrphanBrowsers(string temp) =>
        Browsers(temp).Where(b => !HasRunAmongParents(b.ParentPid)).Select(b => (b.Pid, b.Profile)).ToList();

    private static IEnumerable<string> LiveBrowserProfiles(string temp) => Browsers(temp).Select(b => b.Profile);

    private static bool HasRunAmongParents(int parentPid)
    {
        for (var depth = 0; depth < 4 && parentPid > 1; depth++)
        {
            try
            {
                var command = File.ReadAllText($"/proc/{parentPid}/cmdline");
                if (command.Contains("dotnet", StringComparison.Ordinal) || command.Contains("civil-affairs-reports", StringComparison.Ordinal)
                    || command.Contains("testhost", StringComparison.Ordinal)) return true;
                var stat = File.ReadAllText($"/proc/{parentPid}/stat");
                parentPid = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { return false; }
        }
        return false;
    }
}
