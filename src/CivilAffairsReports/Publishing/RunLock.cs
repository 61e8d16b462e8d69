using System.Diagnostics;
using System.Globalization;

namespace CivilAffairsReports.Publishing;

/// <summary>Another run holds the reports folder or the warehouse; the message names that run.</summary>
internal sealed class RunLockedError(string message) : Exception(message);

/// <summary>
/// One run at a time per reports folder and per warehouse: a lock file beside it, holding the holder's pid, host,
/// start time and command. The lock itself is an OS byte-range lock on the open file (fcntl on Linux, LockFileEx on
/// Windows), which the kernel drops when the holder dies however it dies, so a lock left by a killed run is simply
/// taken over; the text in the file is only there to name the other run in the message.
/// </summary>
internal sealed class RunLock : IDisposable
{
    // The locked byte lies far beyond the text, so other processes can still read who holds the lock.
    private const long LockOffset = 1L << 30;
    private static readonly HashSet<string> HeldInThisProcess = new(StringComparer.Ordinal);

    private readonly FileStream _stream;
    public string LockPath { get; }

    private RunLock(string lockPath, FileStream stream)
    {
        LockPath = lockPath;
        _stream = stream;
    }

    /// <summary>The lock file for a warehouse file: civil-affairs.duckdb.lock beside it.</summary>
    public static string ForWarehouse(string databasePath) => Path.GetFullPath(databasePath) + ".lock";

    /// <summary>The lock file for a reports folder: .reports.lock beside it (inside it would be swapped away).</summary>
    public static string ForReports(string reportsFolder)
    {
        var full = Path.GetFullPath(reportsFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.lock");
    }

    /// <param name="what">What is being locked, as the user knows it: "数据仓库 warehouse/civil-affairs.duckdb".</param>
    public static RunLock Acquire(string lockPath, string what)
    {
        lockPath = Path.GetFullPath(lockPath);
        lock (HeldInThisProcess)
        {
            // fcntl locks do not exclude the process that holds them, so a second lock in this process is refused here.
            if (HeldInThisProcess.Contains(lockPath))
                throw new RunLockedError($"{what} 正被本进程中的另一次运行使用，请等它结束。");
            Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
            var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            try
            {
                // macOS has no byte-range locks in .NET; there the file names the holder but does not exclude.
                if (!OperatingSystem.IsMacOS()) stream.Lock(LockOffset, 1);
            }
            catch (IOException)
            {
                var holder = ReadHolder(stream);
                stream.Dispose();
                throw new RunLockedError($"{what} 正被另一次运行占用（{holder}）。同一发布目录或数据仓库一次只能有一个运行，请等它结束后再试。");
            }
            var text = string.Create(CultureInfo.InvariantCulture,
                $"pid={Environment.ProcessId}\nhost={Environment.MachineName}\nstarted={DateTime.Now:yyyy-MM-dd HH:mm:ss}\ncommand={CommandLine()}\n");
            stream.SetLength(0);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
            HeldInThisProcess.Add(lockPath);
            return new RunLock(lockPath, stream);
        }
    }

    private static string CommandLine()
    {
        var args = Environment.GetCommandLineArgs().Skip(1).Select(a => a.Replace('\n', ' '));
        var line = string.Join(' ', args);
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    private static string ReadHolder(FileStream stream)
    {
        try
        {
            stream.Position = 0;
            var buffer = new byte[Math.Min(stream.Length, 4096)];
            var read = stream.Read(buffer);
            var fields = System.Text.Encoding.UTF8.GetString(buffer, 0, read).Split('\n')
                .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
            return fields.Count == 0 ? "持有者未知"
                : $"进程 {fields.GetValueOrDefault("pid", "?")}，主机 {fields.GetValueOrDefault("host", "?")}，" +
                  $"开始于 {fields.GetValueOrDefault("started", "?")}，命令 {fields.GetValueOrDefault("command", "?")}";
        }
        catch (IOException) { return "持有者未知"; }
    }

    public void Dispose()
    {
        lock (HeldInThisProcess)
        {
            if (!HeldInThisProcess.Remove(LockPath)) return;
            // The file stays (deleting it would race with a run opening it); empty means free.
            try { _stream.SetLength(0); } catch (IOException) { }
            try { if (!OperatingSystem.IsMacOS()) _stream.Unlock(LockOffset, 1); } catch (IOException) { }
            _stream.Dispose();
        }
    }

    /// <summary>Whether a process with this id is alive on this machine (for profile folders left by killed runs).</summary>
    internal static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
