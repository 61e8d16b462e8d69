using System.Diagnostics;
using CivilAffairsReports.Reporting.Browser;
using CivilAffairsReports.Tests.Pipeline;
using CivilAffairsReports.Tests.Support;

namespace CivilAffairsReports.Tests.Reporting;

/// <summary>
/// The browser as a run meets it: the installed Chromium, and real processes that are not a working browser
/// (a file without execute permission, a program that exits at once, one that never answers). Each failure is a
/// Chinese message and the README's exit code, and no browser process or profile folder outlives the run.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)] // sets CHROMIUM_PATH and TMPDIR for this process
public sealed class BrowserTests : IDisposable
{
    private readonly RepositoryPaths.TempFolder _folder = RepositoryPaths.NewTempFolder();
    private readonly string? _savedBrowser = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
    private readonly string? _savedTemp = Environment.GetEnvironmentVariable("TMPDIR");

    /// <summary>A private temp folder, so the test can see that the browser's profile folder is gone afterwards.</summary>
    private string UsePrivateTemp()
    {
        var temp = _folder.File("tmp");
        Directory.CreateDirectory(temp);
        Environment.SetEnvironmentVariable("TMPDIR", temp + "/");
        return temp;
    }

    private string Script(string name, string body, bool executable = true)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, executable
            ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    private static bool IsRunning(int pid)
    {
        try { return !Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }

    [Fact]
    public async Task The_installed_browser_prints_several_pages_at_once_and_leaves_no_process_or_profile()
    {
        var temp = UsePrivateTemp();
        var pages = Enumerable.Range(1, 3).Select(i =>
        {
            var html = _folder.File($"p{i}.html");
            File.WriteAllText(html, $"<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>第{i}页</title><h1>青浦区 第 {i} 页</h1></html>");
            return new PrintJob(html, _folder.File($"p{i}.pdf"));
        }).ToList();
        int pid;
        string profile;
        var printed = new List<string>();
        await using (var browser = await HeadlessBrowser.LaunchAsync())
        {
            pid = browser.ProcessId;
            profile = browser.ProfileFolder;
            Assert.StartsWith(temp, profile);
            Assert.True(Directory.Exists(profile));
            await browser.PrintToPdfAsync(pages, job => { lock (printed) printed.Add(job.PdfPath); });
        }
        Assert.Equal(pages.Select(p => p.PdfPath).Order(), printed.Order());
        foreach (var page in pages)
            Assert.Contains("青浦区", Poppler.Text(page.PdfPath));
        Assert.False(IsRunning(pid), $"browser process {pid} still running");
        Assert.Empty(Directory.GetFileSystemEntries(temp));
    }

    [Fact]
    public async Task A_cancelled_run_still_ends_the_browser_and_deletes_its_profile()
    {
        var temp = UsePrivateTemp();
        var html = _folder.File("p.html");
        File.WriteAllText(html, "<!DOCTYPE html><title>x</title><p>x</p>");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        int pid;
        await using (var browser = await HeadlessBrowser.LaunchAsync())
        {
            pid = browser.ProcessId;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                browser.PrintToPdfAsync([new PrintJob(html, _folder.File("p.pdf"))], ct: cancelled.Token));
        }
        Assert.False(IsRunning(pid));
        Assert.Empty(Directory.GetFileSystemEntries(temp));
        Assert.False(File.Exists(_folder.File("p.pdf")));
    }

    [Fact]
    public async Task A_pdf_that_cannot_be_written_is_a_browser_failure_naming_the_page()
    {
        var html = _folder.File("briefing.html");
        File.WriteAllText(html, "<!DOCTYPE html><title>x</title><p>x</p>");
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var e = await Assert.ThrowsAsync<BrowserException>(() =>
            browser.PrintToPdfAsync([new PrintJob(html, _folder.File("no-such-folder/briefing.pdf"))]));
        Assert.Contains("briefing.html", e.Message);
        Assert.Contains("无法", e.Message);
    }

    [Fact]
    public async Task A_browser_that_exits_at_once_is_reported_in_chinese_and_leaves_no_profile()
    {
        var temp = UsePrivateTemp();
        Environment.SetEnvironmentVariable("CHROMIUM_PATH", Script("exits", "echo 'fake browser: cannot open display' >&2; exit 1"));
        var e = await Assert.ThrowsAsync<BrowserLaunchException>(() => HeadlessBrowser.LaunchAsync());
        Assert.Contains("浏览器未能启动", e.Message);
        Assert.Contains("启动后立即退出", e.Message);
        Assert.Contains(_folder.File("exits"), e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(temp));
    }

    [Fact]
    public async Task A_browser_that_never_answers_is_stopped_after_the_timeout_and_killed()
    {
        var temp = UsePrivateTemp();
        var pidFile = _folder.File("pid");
        Environment.SetEnvironmentVariable("CHROMIUM_PATH", Script("hangs", $"echo $$ > '{pidFile}'; exec sleep 600"));
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<BrowserLaunchException>(() => HeadlessBrowser.LaunchAsync(TimeSpan.FromSeconds(3), CancellationToken.None));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Contains("3 秒内没有响应", e.Message);
        var pid = int.Parse(File.ReadAllText(pidFile).Trim());
        Assert.False(IsRunning(pid), $"the hanging browser {pid} was left running");
        Assert.Empty(Directory.GetFileSystemEntries(temp));
    }

    [Fact]
    public async Task A_browser_started_through_a_wrapper_script_is_not_taken_for_a_killed_runs_leftover()
    {
        // Debian's chromium-headless-shell is such a wrapper: the shell stays the browser's parent (no exec).
        var installed = ChromiumLocator.Find();
        Environment.SetEnvironmentVariable("CHROMIUM_PATH", Script("wrapper", $"'{installed}' \"$@\""));
        var html = _folder.File("p.html");
        File.WriteAllText(html, "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>x</title><p>松江区</p></html>");
        await using var browser = await HeadlessBrowser.LaunchAsync();
        var repaired = CivilAffairsReports.Publishing.BrowserLeftovers.Repair(DateTime.UtcNow); // what a concurrent run does first
        Assert.DoesNotContain(repaired, r => r.Contains("浏览器进程", StringComparison.Ordinal));
        await browser.PrintToPdfAsync([new PrintJob(html, _folder.File("p.pdf"))]);
        Assert.Contains("松江区", Poppler.Text(_folder.File("p.pdf")));
    }

    [Fact]
    public async Task A_browser_whose_debugging_port_refuses_is_started_once_more_then_reported_as_such()
    {
        var temp = UsePrivateTemp();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: connecting is refused
        var starts = _folder.File("starts");
        Environment.SetEnvironmentVariable("CHROMIUM_PATH", Script("refuses",
            $"echo started >> '{starts}'; echo 'DevTools listening on ws://127.0.0.1:{closedPort}/devtools/browser/x' >&2; exec sleep 600"));
        var e = await Assert.ThrowsAsync<BrowserLaunchException>(() => HeadlessBrowser.LaunchAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.Contains("无法连接到它的调试端口", e.Message);
        Assert.DoesNotContain("无法执行该文件", e.Message); // a refused socket is a Win32Exception too; it is not a file that cannot run
        Assert.Equal(2, File.ReadAllLines(starts).Length);
        Assert.Empty(Directory.GetFileSystemEntries(temp));
    }

    [Fact]
    public void The_console_exits_3_in_chinese_without_a_stack_trace_when_the_browser_is_missing_or_broken()
    {
        var cases = new[]
        {
            (Script("not-executable", "exit 0", executable: false), "不可执行"),
            (Script("exits-at-once", "exit 1"), "启动后立即退出"),
            (_folder.File("no-such-browser"), "不存在"),
        };
        foreach (var (browser, why) in cases)
        {
            var reports = _folder.File("reports-" + Path.GetFileName(browser));
            var (code, output) = ConsoleProgram.RunWith(new Dictionary<string, string> { ["CHROMIUM_PATH"] = browser },
                "run", "--input", RepositoryPaths.Seeds, "--reports", reports, "--database", _folder.File("w.duckdb"), "--edition", "2025-06");
            Assert.Equal(3, code);
            Assert.Contains(why, output);
            Assert.Contains("上一期报告保持不变", output);
            Assert.DoesNotContain("   at ", output);       // no stack trace on the user's console
            Assert.DoesNotContain("Exception", output);
            Assert.False(File.Exists(Path.Combine(reports, "briefing.pdf")));
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("CHROMIUM_PATH", _savedBrowser);
        Environment.SetEnvironmentVariable("TMPDIR", _savedTemp);
        _folder.Dispose();
    }
}
