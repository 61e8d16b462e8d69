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

    public const string EditionsFolder = "editions";
    private const string EditionMarker = "edition.txt";

    /// <summary>
    /// A staging folder that already holds the earlier editions: the archive of the published folder, plus the
    /// published edition itself under editions/&lt;label&gt; unless this run replaces that same label.
    /// </summary>
    public string CreateStaging(string edition)
    {
        Directory.CreateDirectory(Parent);
        var staging = Path.Combine(Parent, $".{Name}-staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, EditionMarker), edition);
        if (!Directory.Exists(_published)) return staging;

        var archive = Path.Combine(_published, EditionsFolder);
        if (Directory.Exists(archive))
            foreach (var old in Directory.GetDirectories(archive).Where(d => Path.GetFileName(d) != edition))
                CopyFolder(old, Path.Combine(staging, EditionsFolder, Path.GetFileName(old)));

        var marker = Path.Combine(_published, EditionMarker);
        var previous = File.Exists(marker) ? File.ReadAllText(marker).Trim() : null;
        if (previous is not null && previous != edition && IsValidEdition(previous))
            CopyFolder(_published, Path.Combine(staging, EditionsFolder, previous), skip: EditionsFolder);
        return staging;
    }

    /// <summary>Edition labels become folder names: letters, digits, '-' and '_' only.</summary>
    public static bool IsValidEdition(string edition) =>
        edition.Length is > 0 and <= 32 && edition.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The labels of the archived editions in a staging folder, newest first.</summary>
    public static IReadOnlyList<string> ArchivedEditions(string staging)
    {
        var archive = Path.Combine(staging, EditionsFolder);
        return Directory.Exists(archive)
            ? Directory.GetDirectories(archive).Select(Path.GetFileName).OfType<string>().OrderDescending(StringComparer.Ordinal).ToList()
            : [];
    }

    private static void CopyFolder(string source, string target, string? skip = null)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(source).Where(d => Path.GetFileName(d) != skip))
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
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
