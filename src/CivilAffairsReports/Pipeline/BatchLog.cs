namespace CivilAffairsReports.Pipeline;

/// <summary>
/// The full story of an error (type, message, stack trace) goes to a log file in the warehouse's folder, never to the
/// console: the console says what to do, the log says where it happened, for whoever maintains the product.
/// </summary>
internal static class BatchLog
{
    public const string FileName = "civil-affairs-reports.log";
    private const long MaxBytes = 5_000_000;

    public static string PathFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", FileName);

    /// <summary>Appends the error to the log; returns the log's path, or null when it could not be written.</summary>
    public static string? Write(string databasePath, string context, Exception error)
    {
        var path = PathFor(databasePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // One earlier log is kept, so a run of errors cannot fill the disk.
            if (File.Exists(path) && new FileInfo(path).Length > MaxBytes) File.Move(path, path + ".1", overwrite: true);
            File.AppendAllText(path, $"[{DateTime.Now:yyyy-MM-dd HH:mm:ss}] pid {Environment.ProcessId} {context}\n{error}\n\n");
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
