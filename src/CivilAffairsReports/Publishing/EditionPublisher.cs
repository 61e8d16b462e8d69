namespace CivilAffairsReports.Publishing;

/// <summary>The reports folder cannot be used; nothing was written or deleted.</summary>
internal sealed class PublishRefusedError(string message) : Exception(message);

/// <summary>
/// A run writes its edition into a staging folder beside the published one and swaps it in whole, so the published
/// path shows the old edition or the new one at every instant. The reports folder is the product's or it is refused:
/// only an empty folder or an earlier edition (edition.txt) is replaced, and files the product did not write (not in
/// the edition's manifest) are carried into the new edition instead of being deleted. Earlier editions are kept as
/// hard links, so keeping them costs no copy and no space per month.
/// </summary>
internal sealed class EditionPublisher(string publishedFolder)
{
    private readonly string _published = Path.GetFullPath(publishedFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    private string Parent => Path.GetDirectoryName(_published) ?? _published;
    private string Name => Path.GetFileName(_published);
    private string StagingPrefix => $".{Name}-staging-";
    private string PreviousPrefix => $".{Name}-previous-";
    // A folder is renamed to this before it is deleted, so a deletion cut short is still recognisably the product's.
    private string RetiredPrefix => $".{Name}-retired-";
    private string Journal => Path.Combine(Parent, $".{Name}.swap");

    public const string EditionsFolder = "editions";
    public const string EditionMarker = "edition.txt";
    /// <summary>Every file the product wrote into the edition, one relative path a line; written last, so it marks a complete edition.</summary>
    public const string ManifestFile = ".edition-manifest";
    /// <summary>Present while a staging folder is being written; never in a published edition.</summary>
    private const string StagingMarker = ".staging-in-progress";

    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Edition labels become folder names: letters, digits, '-' and '_' only.</summary>
    public static bool IsValidEdition(string edition) =>
        edition.Length is > 0 and <= 32 && edition.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// Refuses a reports folder that is the input folder, the warehouse's folder or a parent of either, a file, a
    /// link, or a folder holding anything but an earlier edition. Called before anything is read or written.
    /// </summary>
    public void CheckTarget(string inputFolder, string databasePath)
    {
        var reports = _published;
        foreach (var (label, folder) in new[] { ("输入文件夹", Path.GetFullPath(inputFolder)), ("数据仓库所在文件夹", Path.GetDirectoryName(Path.GetFullPath(databasePath))!) })
        {
            var other = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (reports.Length == 0 || string.Equals(other, reports, PathComparison)
                || other.StartsWith(reports + Path.DirectorySeparatorChar, PathComparison))
                throw new PublishRefusedError($"发布目录 {reports} 是{label} {other} 或其上级文件夹；发布会替换它，本次未发布。请用 --reports 指定单独的文件夹（例如 reports）。");
        }
        if (File.Exists(reports))
            throw new PublishRefusedError($"发布目录 {reports} 是一个文件，不是文件夹；本次未发布。");
        if (!Directory.Exists(reports)) return;
        if (new DirectoryInfo(reports).LinkTarget is { } target)
            throw new PublishRefusedError($"发布目录 {reports} 是指向 {target} 的链接；为免替换链接所指的文件夹，本次未发布。请直接指定文件夹。");
        if (IsEdition(reports) || !Directory.EnumerateFileSystemEntries(reports).Any()) return;
        var example = Directory.EnumerateFileSystemEntries(reports).Select(Path.GetFileName).First();
        throw new PublishRefusedError($"发布目录 {reports} 不是空文件夹，也不是本程序发布的报告（没有 {EditionMarker}，其中有 {example} 等）；" +
                                      "为免覆盖其中的文件，本次未发布。请指定空文件夹或以前的发布目录。");
    }

    /// <summary>An edition the product published: edition.txt holding a valid label.</summary>
    public static bool IsEdition(string folder)
    {
        var marker = Path.Combine(folder, EditionMarker);
        if (!File.Exists(marker) || new FileInfo(marker).Length > 100) return false;
        return IsValidEdition(File.ReadAllText(marker).Trim());
    }

    /// <summary>
    /// Repairs what a killed or failed run left beside the reports folder: a half-finished swap is completed or undone,
    /// staging folders are removed, and an exchanged-out old edition is removed once its foreign files are carried over.
    /// Only folders with the product's names and markers are touched. Returns what it did, for the console.
    /// </summary>
    public IReadOnlyList<string> Repair()
    {
        var done = new List<string>();
        if (!Directory.Exists(Parent)) return done;
        if (File.Exists(Journal))
        {
            var lines = File.ReadAllLines(Journal).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
            if (!Directory.Exists(_published))
            {
                var staging = lines.GetValueOrDefault("staging");
                var previous = lines.GetValueOrDefault("previous");
                if (staging is not null && Directory.Exists(staging) && IsComplete(staging)) { Directory.Move(staging, _published); done.Add("完成了上次中断的发布"); }
                else if (previous is not null && Directory.Exists(previous)) { Directory.Move(previous, _published); done.Add("恢复了上次中断时移开的上一期报告"); }
            }
            File.Delete(Journal);
        }
        foreach (var folder in Directory.GetDirectories(Parent))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith(RetiredPrefix, StringComparison.Ordinal))
            {
                DeleteTree(folder);
                done.Add($"删除了上次未删完的旧文件夹 {name}");
                continue;
            }
            if (!name.StartsWith(StagingPrefix, StringComparison.Ordinal) && !name.StartsWith(PreviousPrefix, StringComparison.Ordinal)) continue;
            if (File.Exists(Path.Combine(folder, StagingMarker)) || !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                DeleteTree(Retire(folder));
                done.Add($"删除了中断运行留下的临时文件夹 {name}");
            }
            else if (IsEdition(folder) && IsEdition(_published))
            {
                RetireEdition(folder);
                done.Add($"清理了已被替换的上一期报告 {name}");
            }
        }
        return done;
    }

    /// <summary>
    /// A staging folder that already holds the earlier editions (hard links): the archive of the published folder,
    /// plus the published edition itself under editions/&lt;label&gt; unless this run replaces that same label.
    /// </summary>
    public string CreateStaging(string edition)
    {
        Directory.CreateDirectory(Parent);
        var staging = Path.Combine(Parent, StagingPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, StagingMarker), "");
        File.WriteAllText(Path.Combine(staging, EditionMarker), edition);
        if (!IsEdition(_published)) return staging;

        var archive = Path.Combine(_published, EditionsFolder);
        if (Directory.Exists(archive))
            foreach (var old in Directory.GetDirectories(archive).Where(d => Path.GetFileName(d) != edition && IsValidEdition(Path.GetFileName(d))))
                LinkTree(old, Path.Combine(staging, EditionsFolder, Path.GetFileName(old)));

        var previous = File.ReadAllText(Path.Combine(_published, EditionMarker)).Trim();
        if (previous != edition)
            LinkTree(_published, Path.Combine(staging, EditionsFolder, previous), skipTopLevel: EditionsFolder);
        return staging;
    }

    /// <summary>The labels of the archived editions in a staging folder, newest first.</summary>
    public static IReadOnlyList<string> ArchivedEditions(string staging)
    {
        var archive = Path.Combine(staging, EditionsFolder);
        return Directory.Exists(archive)
            ? Directory.GetDirectories(archive).Select(Path.GetFileName).OfType<string>().OrderDescending(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>
    /// Finishes a staging folder: files the product did not write in the published edition are carried over (linked),
    /// the manifest lists what the product wrote, and the staging marker goes. Returns the carried files' names.
    /// </summary>
    public IReadOnlyList<string> Complete(string staging)
    {
        var carried = new List<string>();
        if (IsEdition(_published))
        {
            var ours = Manifest(_published);
            foreach (var file in Directory.EnumerateFiles(_published, "*", SearchOption.AllDirectories))
            {
                var relative = Relative(_published, file);
                if (relative.StartsWith(EditionsFolder + "/", StringComparison.Ordinal) || ours is null || ours.Contains(relative)) continue;
                var target = Path.Combine(staging, relative);
                if (File.Exists(target) || Directory.Exists(target)) continue; // the product writes this name now; the old file stays in editions/
                FileSystemOps.LinkOrCopy(file, target);
                carried.Add(relative);
            }
        }
        var written = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Select(f => Relative(staging, f))
            .Where(r => !carried.Contains(r) && r != StagingMarker && !r.StartsWith(EditionsFolder + "/", StringComparison.Ordinal))
            .Append(ManifestFile).Order(StringComparer.Ordinal).ToList();
        var manifest = Path.Combine(staging, ManifestFile);
        File.WriteAllLines(manifest + ".tmp", written);
        File.Move(manifest + ".tmp", manifest);
        File.Delete(Path.Combine(staging, StagingMarker));
        return carried;
    }

    /// <summary>The label of the complete edition published in the folder now, or null.</summary>
    public string? PublishedEdition() =>
        IsEdition(_published) && IsComplete(_published) ? File.ReadAllText(Path.Combine(_published, EditionMarker)).Trim() : null;

    private static bool IsComplete(string folder) => File.Exists(Path.Combine(folder, ManifestFile)) && !File.Exists(Path.Combine(folder, StagingMarker));

    /// <summary>The relative paths an edition's manifest lists; null for editions written before manifests (all the product's).</summary>
    private static HashSet<string>? Manifest(string edition)
    {
        var path = Path.Combine(edition, ManifestFile);
        return File.Exists(path) ? File.ReadAllLines(path).ToHashSet(StringComparer.Ordinal) : null;
    }

    /// <summary>Swaps the completed staging folder in: one atomic exchange where the platform has it, else two renames with a journal.</summary>
    public void Publish(string staging)
    {
        if (!IsComplete(staging)) throw new InvalidOperationException("staging folder not completed");
        if (!Directory.Exists(_published))
        {
            Directory.Move(staging, _published);
            return;
        }
        if (FileSystemOps.TryExchange(staging, _published))
        {
            RetireEdition(staging); // the old edition now sits under the staging name
            return;
        }
        // Windows (and file systems without exchange): a journal lets the next run finish or undo a swap cut short.
        var previous = Path.Combine(Parent, PreviousPrefix + Guid.NewGuid().ToString("N"));
        File.WriteAllText(Journal, $"previous={previous}\nstaging={staging}\n");
        Directory.Move(_published, previous);
        try
        {
            Directory.Move(staging, _published);
        }
        catch
        {
            Directory.Move(previous, _published);
            File.Delete(Journal);
            throw;
        }
        File.Delete(Journal);
        RetireEdition(previous);
    }

    /// <summary>
    /// Removes a replaced edition. Its files are the product's (manifest) or were carried into the new edition; any
    /// other file (added during the run) is moved into the published folder rather than deleted.
    /// </summary>
    private void RetireEdition(string old)
    {
        var ours = Manifest(old);
        foreach (var file in Directory.EnumerateFiles(old, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Relative(old, file);
            if (ours is null || ours.Contains(relative) || relative.StartsWith(EditionsFolder + "/", StringComparison.Ordinal)) continue;
            var target = Path.Combine(_published, relative);
            if (File.Exists(target)) continue; // carried over already (a hard link to the same file) or now the product's name
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target);
        }
        DeleteTree(Retire(old));
    }

    /// <summary>Renames a folder of the product's to the retired name (one atomic step) so it can be deleted safely.</summary>
    private string Retire(string folder)
    {
        var retired = Path.Combine(Parent, RetiredPrefix + Guid.NewGuid().ToString("N"));
        try { Directory.Move(folder, retired); return retired; }
        catch (IOException) { return folder; }
    }

    public void Discard(string staging) => DeleteTree(Retire(staging));

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static void LinkTree(string source, string target, string? skipTopLevel = null)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
            FileSystemOps.LinkOrCopy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(source).Where(d => Path.GetFileName(d) != skipTopLevel))
            if (new DirectoryInfo(folder).LinkTarget is null) LinkTree(folder, Path.Combine(target, Path.GetFileName(folder)));
    }

    private static void DeleteTree(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* left for the next run's repair */ }
        catch (UnauthorizedAccessException) { }
    }
}
