using System.Diagnostics;
using System.Threading.Channels;
using PuppeteerSharp;

namespace CivilAffairsReports.Reporting.Browser;

/// <summary>The browser could not be started: missing, not executable, exiting or silent at start (exit code 3).</summary>
internal sealed class BrowserLaunchException(string message, Exception? inner = null) : MissingDependencyException(message, inner);

/// <summary>The browser started but a page could not be loaded or printed (exit code 4).</summary>
internal sealed class BrowserException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What a test needs to know about a loaded page: script errors and every request it made.</summary>
internal sealed record PageCheck(IReadOnlyList<string> Errors, IReadOnlyList<string> RequestedUrls);

/// <summary>A page to print: the HTML file and the PDF to write.</summary>
internal sealed record PrintJob(string HtmlPath, string PdfPath);

/// <summary>
/// The installed Chromium, Chrome or Edge (never a downloaded one), driven through PuppeteerSharp: one
/// browser per run, started with a fresh profile and background networking off, so it talks to nothing but
/// the files it is given. Disposing it ends the browser process and deletes the profile, however the run ends.
/// </summary>
internal sealed class HeadlessBrowser : IAsyncDisposable
{
    private static readonly TimeSpan DefaultLaunchTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The flags the product has always used; PuppeteerSharp adds its own automation defaults.</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-dev-shm-usage", "--hide-scrollbars",
    ];

    /// <summary>Pages printed at once: one per core (more did not print faster on 2 cores).</summary>
    private static int Tabs => Environment.ProcessorCount;

    private readonly IBrowser _browser;
    private readonly Launcher _launcher;
    private readonly string _profile;
    private readonly string _executable;

    private HeadlessBrowser(IBrowser browser, Launcher launcher, string profile, string executable)
    {
        _browser = browser;
        _launcher = launcher;
        _profile = profile;
        _executable = executable;
    }

    /// <summary>The browser's process id (tests check that it is gone after the run).</summary>
    public int ProcessId => _browser.Process?.Id ?? _launcher.Process.Process.Id;

    public string ProfileFolder => _profile;

    public static async Task<HeadlessBrowser> LaunchAsync(CancellationToken ct = default) => await LaunchAsync(DefaultLaunchTimeout, ct);

    internal static async Task<HeadlessBrowser> LaunchAsync(TimeSpan launchTimeout, CancellationToken ct)
    {
        var executable = ChromiumLocator.Find();
        try
        {
            return await LaunchOnceAsync(executable, launchTimeout, ct);
        }
        catch (BrowserLaunchException e) when (IsRefusedConnection(e.InnerException!))
        {
            // Seen once on a loaded machine: the browser announced its DevTools port and then refused the connection.
            // A second browser, with a fresh profile, is started once before the run gives up.
            return await LaunchOnceAsync(executable, launchTimeout, ct);
        }
    }

    private static async Task<HeadlessBrowser> LaunchOnceAsync(string executable, TimeSpan launchTimeout, CancellationToken ct)
    {
        var profile = Path.Combine(Path.GetTempPath(), "car-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var launcher = new Launcher();
        try
        {
            var browser = await launcher.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executable,
                Browser = SupportedBrowser.Chromium,
                Headless = true,
                UserDataDir = profile,
                Args = Flags,
                Timeout = (int)launchTimeout.TotalMilliseconds,
                ProtocolTimeout = (int)PageTimeout.TotalMilliseconds,
                DefaultViewport = null,
            }).WaitAsync(launchTimeout + TimeSpan.FromSeconds(5), ct);
            return new HeadlessBrowser(browser, launcher, profile, executable);
        }
        catch (Exception e)
        {
            await EndAsync(launcher);
            DeleteProfile(profile);
            if (e is OperationCanceledException) throw;
            throw new BrowserLaunchException(LaunchFailure(executable, e, launchTimeout), e);
        }
    }

    /// <summary>Why the browser did not start, in the users' words; the browser's own last line when it printed one.</summary>
    private static string LaunchFailure(string executable, Exception e, TimeSpan timeout)
    {
        var detail = e.Message.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "";
        var why = e switch
        {
            TimeoutException or PuppeteerSharp.ProcessException when e.Message.Contains("Timed out", StringComparison.OrdinalIgnoreCase)
                => $"{timeout.TotalSeconds:0} 秒内没有响应",
            // WebSocketException and SocketException are Win32Exceptions too: a refused connection is not a file that cannot run.
            _ when IsRefusedConnection(e) => "已启动，但无法连接到它的调试端口",
            System.ComponentModel.Win32Exception => "无法执行该文件（不是可执行程序或没有执行权限）",
            _ when e.InnerException is System.ComponentModel.Win32Exception => "无法执行该文件（不是可执行程序或没有执行权限）",
            _ => "启动后立即退出",
        };
        return $"浏览器未能启动（{executable}）：{why}。请确认已安装 Chromium、Chrome 或 Edge，或用 CHROMIUM_PATH 指定可用的浏览器。（{detail}）";
    }

    private static bool IsRefusedConnection(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
            if (cause is System.Net.WebSockets.WebSocketException or System.Net.Sockets.SocketException or HttpRequestException) return true;
        return false;
    }

    /// <summary>Prints every page of a list; see <see cref="PrintToPdfAsync(ChannelReader{PrintJob}, Action{PrintJob}?, CancellationToken)"/>.</summary>
    public Task PrintToPdfAsync(IReadOnlyList<PrintJob> jobs, Action<PrintJob>? printed = null, CancellationToken ct = default)
    {
        var queue = Channel.CreateUnbounded<PrintJob>();
        foreach (var job in jobs) queue.Writer.TryWrite(job);
        queue.Writer.Complete();
        return PrintToPdfAsync(queue.Reader, printed, ct);
    }

    /// <summary>
    /// Prints every page to PDF with its own CSS @page size and margins, outline and tags, once its fonts are
    /// ready; each PDF written whole or not at all. Pages are taken as they come, so printing starts while the
    /// rest are still being written, on <see cref="Tabs"/> pages at once.
    /// </summary>
    public async Task PrintToPdfAsync(ChannelReader<PrintJob> jobs, Action<PrintJob>? printed = null, CancellationToken ct = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct); // the first failure stops the other tabs
        async Task Worker()
        {
            try
            {
                IPage? page = null;
                try
                {
                    // One tab per worker, opened with its first job and navigated from page to page: its renderer keeps
                    // the CJK fonts it has loaded.
                    await foreach (var job in jobs.ReadAllAsync(stop.Token))
                    {
                        page ??= await NewPageAsync(stop.Token);
                        await PrintAsync(page, job, stop.Token);
                        printed?.Invoke(job);
                    }
                }
                finally
                {
                    if (page is not null) await page.DisposeAsync();
                }
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }
        var workers = Enumerable.Range(0, Tabs).Select(_ => Worker()).ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Another tab's failure cancelled this one: report that failure, not the cancellation.
            var failure = workers.Where(w => w.IsFaulted).Select(w => w.Exception!.InnerException!).First();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static readonly PdfOptions PrintOptions = new()
    {
        PreferCSSPageSize = true,
        PrintBackground = true,
        DisplayHeaderFooter = false,
        Outline = true,
        Tagged = true,
        WaitForFonts = true,
        Timeout = (int)PageTimeout.TotalMilliseconds,
    };

    private async Task PrintAsync(IPage page, PrintJob job, CancellationToken ct)
    {
        await LoadAsync(page, job.HtmlPath, ct);
        var temp = job.PdfPath + ".tmp";
        try
        {
            await page.PdfAsync(temp, PrintOptions).WaitAsync(ct);
            File.Move(temp, job.PdfPath, overwrite: true);
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            throw new BrowserException($"无法将 {Path.GetFileName(job.HtmlPath)} 打印为 PDF：{e.Message}", e);
        }
    }

    public async Task ScreenshotAsync(string htmlPath, string pngPath, int width = 1280, int height = 900, CancellationToken ct = default)
    {
        await using var page = await NewPageAsync(ct);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await LoadAsync(page, htmlPath, ct);
        await page.ScreenshotAsync(pngPath, new ScreenshotOptions { Type = ScreenshotType.Png });
    }

    /// <summary>Loads a page and reports its script errors, console errors and every URL it requested.</summary>
    public async Task<PageCheck> CheckPageAsync(string htmlPath, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var requests = new List<string>();
        await using var page = await NewPageAsync(ct);
        page.PageError += (_, e) => { lock (errors) errors.Add(e.Message); };
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) lock (errors) errors.Add("console.error: " + e.Message.Text); };
        page.Request += (_, e) => { lock (requests) requests.Add(e.Request.Url); };
        page.RequestFailed += (_, e) => { lock (errors) errors.Add($"request failed: {e.Request.Url} {e.Request.FailureText}"); };
        await LoadAsync(page, htmlPath, ct);
        lock (errors) lock (requests) return new PageCheck(errors.ToList(), requests.ToList());
    }

    private async Task<IPage> NewPageAsync(CancellationToken ct)
    {
        try
        {
            var page = await _browser.NewPageAsync().WaitAsync(ct);
            page.DefaultTimeout = (int)PageTimeout.TotalMilliseconds;
            page.DefaultNavigationTimeout = (int)PageTimeout.TotalMilliseconds;
            return page;
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException)
        {
            throw new BrowserException($"浏览器（{_executable}）无法打开新页面：{e.Message}", e);
        }
    }

    /// <summary>Navigates to a file, waits for load and for its fonts (the charts are inline SVG: nothing else to wait for).</summary>
    private static async Task LoadAsync(IPage page, string htmlPath, CancellationToken ct)
    {
        var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
        try
        {
            var response = await page.GoToAsync(url, WaitUntilNavigation.Load).WaitAsync(ct);
            if (response is { Ok: false }) throw new BrowserException($"浏览器无法打开 {htmlPath}：{response.Status}");
            await page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)").WaitAsync(ct);
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException)
        {
            throw new BrowserException($"页面加载失败：{htmlPath}：{e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or IOException or ObjectDisposedException) { }
        await EndAsync(_launcher);
        _browser.Dispose();
        DeleteProfile(_profile);
    }

    /// <summary>Makes sure the browser process (and its renderers) is gone, whatever state it is in.</summary>
    private static async Task EndAsync(Launcher launcher)
    {
        var process = launcher.Process?.Process;
        try
        {
            if (process is not null && !process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        try
        {
            if (process is not null) await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException) { }
    }

    /// <summary>The profile is the run's own folder; Chromium may still hold files in it for a moment after exit.</summary>
    private static void DeleteProfile(string profile)
    {
        for (var attempt = 0; attempt < 10 && Directory.Exists(profile); attempt++)
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Thread.Sleep(200); }
        }
    }
}
