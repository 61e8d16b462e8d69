namespace CivilAffairsReports.Publishing;

/// <summary>
/// A run writes its edition into a staging folder beside the published one and swaps it in whole.
/// Until the swap nothing under the published folder changes, so a failed run leaves the last good edition.
/// </summary>
internal sealed class EditionPublisher(string publishedFolder)
{
    private readonly string _published = Path.GetFullPath(publishedFolder);

    private string Parent => Path.GetDirectoryName(_published.TrimEnd(Path.DirectorySeparatorChar))!;
    private string Name => Path.GetFileName(_published.TrimEnd(Path.DirectorySeparatorChar));

    public string CreateStaging()
    {
        Directory.CreateDirectory(Parent);
        var staging = Path.Combine(Parent, $".{Name}-staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Two renames: the old edition aside, the new one in. If the second fails the old one goes back.</summary>
    public void Publish(string staging)
    {
        string? previous = null;
        if (Directory.Exists(_published))
        {
            previous = Path.Combine(Parent, $".{Name}-previous-{Guid.NewGuid():N}");
            Directory.Move(_published, previous);
        }
        try
        {
            Directory.Move(staging, _published);
        }
        catch
        {
            if (previous is not null) Directory.Move(previous, _published);
            throw;
        }
        if (previous is not null) TryDelete(previous);
    }

    public static void Discard(string staging) => TryDelete(staging);

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a leftover hidden folder is harmless; the next run's staging has its own name */ }
        catch (UnauthorizedAccessException) { }
    }
}
