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
    private static List<(int Pid, string Profile, int ParentPid)> Browsers(string temp)
    {
        var found = new List<(int, string, int)>();
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc")) return found;
        var marker = "--user-data-dir=" + Path.Combine(temp, ProfilePrefix);
        foreach (var entry in SafeDirectories("/proc", "*"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid)) continue;
            try
            {
                var arguments = File.ReadAllText(Path.Combine(entry, "cmdline")).Split('\0');
                var profileArgument = arguments.FirstOrDefault(a => a.StartsWith(marker, StringComparison.Ordinal));
                if (profileArgument is null || arguments.Any(a => a.StartsWith("--type=", StringComparison.Ordinal))) continue;
                var stat = File.ReadAllText(Path.Combine(entry, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                found.Add((pid, profileArgument["--user-data-dir=".Length..], int.Parse(fields[1])));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { }
        }
        return found;
    }

    /// <summary>A browser is an orphan when the run that started it is gone: its parent is init or not a .NET process.</summary>
    private static List<(int Pid, string Profile)> OrphanBrowsers(string temp) =>
        Browsers(temp).Where(b => !ParentIsDotnet(b.ParentPid)).Select(b => (b.Pid, b.Profile)).ToList();

    private static IEnumerable<string> LiveBrowserProfiles(string temp) => Browsers(temp).Select(b => b.Profile);

    private static bool ParentIsDotnet(int parentPid)
    {
        if (parentPid <= 1) return false;
        try
        {
            var command = File.ReadAllText($"/proc/{parentPid}/cmdline");
            return command.Contains("dotnet", StringComparison.Ordinal) || command.Contains("civil-affairs-reports", StringComparison.Ordinal)
                   || command.Contains("testhost", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }
}
