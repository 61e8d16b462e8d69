using System.Diagnostics;
using CivilAffairsReports.Publishing;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Hardening;

/// <summary>The reports folder is the product's or refused; swaps leave an edition at every instant; leftovers are repaired.</summary>
public sealed class PublishingTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();

    private string Publish(string reports, string edition, string content)
    {
        var publisher = new EditionPublisher(reports);
        var staging = publisher.CreateStaging(edition);
        File.WriteAllText(Path.Combine(staging, "index.html"), content);
        publisher.Complete(staging);
        publisher.Publish(staging);
        return staging;
    }

    [Fact]
    public void The_input_folder_the_warehouse_folder_their_parents_and_foreign_folders_are_refused_untouched()
    {
        var input = Directory.CreateDirectory(_folder.File("project/seeds")).FullName;
        File.WriteAllText(Path.Combine(input, "plan.txt"), "原件");
        var database = Path.Combine(_folder.Path, "project", "warehouse", "w.duckdb");
        foreach (var reports in new[] { input, _folder.File("project"), _folder.Path, Path.GetDirectoryName(database)!, "/" })
        {
            var e = Assert.Throws<PublishRefusedError>(() => new EditionPublisher(reports).CheckTarget(input, database));
            Assert.Contains("本次未发布", e.Message);
        }
        var foreign = Directory.CreateDirectory(_folder.File("project/mine")).FullName;
        File.WriteAllText(Path.Combine(foreign, "notes.docx"), "我的文件");
        var refused = Assert.Throws<PublishRefusedError>(() => new EditionPublisher(foreign).CheckTarget(input, database));
        Assert.Contains("notes.docx", refused.Message);
        File.WriteAllText(_folder.File("project/a-file"), "x");
        Assert.Throws<PublishRefusedError>(() => new EditionPublisher(_folder.File("project/a-file")).CheckTarget(input, database));

        new EditionPublisher(_folder.File("project/reports")).CheckTarget(input, database);     // new folder: fine
        Directory.CreateDirectory(_folder.File("project/empty"));
        new EditionPublisher(_folder.File("project/empty")).CheckTarget(input, database);       // empty folder: fine
        Publish(_folder.File("project/reports"), "2025-01", "一月");
        new EditionPublisher(_folder.File("project/reports")).CheckTarget(input, database);     // an earlier edition: fine
        Assert.Equal("原件", File.ReadAllText(Path.Combine(input, "plan.txt")));
        Assert.Equal("我的文件", File.ReadAllText(Path.Combine(foreign, "notes.docx")));
    }

    [Fact]
    public void Earlier_editions_are_hard_links_and_a_file_the_product_did_not_write_is_carried_over()
    {
        var reports = _folder.File("reports");
        Publish(reports, "2025-01", "一月");
        File.WriteAllText(Path.Combine(reports, ".htaccess"), "用户自己的文件");
        var publisher = new EditionPublisher(reports);
        var staging = publisher.CreateStaging("2025-02");
        // While both exist, the archived copy is the published file itself (two names, one file): nothing was copied.
        if (OperatingSystem.IsLinux()) Assert.Equal("2", LinkCount(Path.Combine(staging, "editions", "2025-01", "index.html")));
        File.WriteAllText(Path.Combine(staging, "index.html"), "二月");
        Assert.Equal([".htaccess"], publisher.Complete(staging));
        publisher.Publish(staging);

        Assert.Equal("二月", File.ReadAllText(Path.Combine(reports, "index.html")));
        Assert.Equal("一月", File.ReadAllText(Path.Combine(reports, "editions", "2025-01", "index.html")));
        Assert.Equal("用户自己的文件", File.ReadAllText(Path.Combine(reports, ".htaccess")));
        Assert.False(Directory.Exists(staging));
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".reports-*"));

        // A third month: both earlier editions are kept, and the folder grows by one edition, not by copies of all.
        Publish(reports, "2025-03", "三月");
        Assert.Equal(["2025-02", "2025-01"], EditionPublisher.ArchivedEditions(reports));
        Assert.Equal("用户自己的文件", File.ReadAllText(Path.Combine(reports, ".htaccess")));
    }

    [Fact]
    public void On_linux_the_swap_is_one_atomic_exchange()
    {
        if (!OperatingSystem.IsLinux()) return;
        var a = Directory.CreateDirectory(_folder.File("a")).FullName;
        var b = Directory.CreateDirectory(_folder.File("b")).FullName;
        File.WriteAllText(Path.Combine(a, "x"), "a");
        File.WriteAllText(Path.Combine(b, "x"), "b");
        Assert.True(FileSystemOps.TryExchange(a, b));
        Assert.Equal("b", File.ReadAllText(Path.Combine(a, "x")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(b, "x")));
    }

    [Fact]
    public void The_next_run_repairs_staging_folders_and_half_finished_swaps()
    {
        var reports = _folder.File("reports");
        Publish(reports, "2025-01", "一月");
        var publisher = new EditionPublisher(reports);
        var killedStaging = publisher.CreateStaging("2025-02");             // killed while writing
        File.WriteAllText(Path.Combine(killedStaging, "index.html"), "写了一半");
        // Killed between the two renames of the journalled swap (Windows): the published folder is missing.
        var complete = publisher.CreateStaging("2025-03");
        File.WriteAllText(Path.Combine(complete, "index.html"), "三月");
        publisher.Complete(complete);
        var previous = Path.Combine(_folder.Path, ".reports-previous-x");
        Directory.Move(reports, previous);
        File.WriteAllText(Path.Combine(_folder.Path, ".reports.swap"), $"previous={previous}\nstaging={complete}\n");

        var repaired = publisher.Repair();
        Assert.Equal("三月", File.ReadAllText(Path.Combine(reports, "index.html")));   // the complete new edition went in
        Assert.False(Directory.Exists(killedStaging));
        Assert.False(Directory.Exists(previous));                                     // the old one retired
        Assert.False(File.Exists(Path.Combine(_folder.Path, ".reports.swap")));
        Assert.True(repaired.Count >= 3);

        // Killed between the renames before the new edition was complete: the old one comes back.
        var incomplete = publisher.CreateStaging("2025-04");
        Directory.Move(reports, previous);
        File.WriteAllText(Path.Combine(_folder.Path, ".reports.swap"), $"previous={previous}\nstaging={incomplete}\n");
        publisher.Repair();
        Assert.Equal("三月", File.ReadAllText(Path.Combine(reports, "index.html")));
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".reports-*"));
    }

    [Fact]
    public void A_second_lock_on_the_same_folder_is_refused_naming_the_holder_and_free_again_after()
    {
        var path = _folder.File(".reports.lock");
        using (RunLock.Acquire(path, "发布目录 reports"))
        {
            var e = Assert.Throws<RunLockedError>(() => RunLock.Acquire(path, "发布目录 reports"));
            Assert.Contains("发布目录 reports", e.Message);
        }
        using var again = RunLock.Acquire(path, "发布目录 reports");
        Assert.Contains($"pid={Environment.ProcessId}", File.ReadAllText(path));
    }

    private static string LinkCount(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%h", path]) { RedirectStandardOutput = true })!;
        var text = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return text;
    }

    public void Dispose() => _folder.Dispose();
}
