using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CivilAffairsReports.Reporting.Browser;

/// <summary>What a test needs to know about a loaded page: script errors and every request it made.</summary>
internal sealed record PageCheck(IReadOnlyList<string> Errors, IReadOnlyList<string> RequestedUrls);

/// <summary>
/// One headless Chromium process for a whole run, driven over the DevTools protocol: each page opens as a
/// new target in the same browser, is printed or inspected, and closes. Launched with a fresh profile and
/// background networking off, so it talks to nothing but the files it is given.
/// </summary>
internal sealed partial class HeadlessBrowser : IAsyncDisposable
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _profile;
    private readonly CdpConnection _cdp;

    public int ProcessId => _process.Id;

    private HeadlessBrowser(Process process, string profile, CdpConnection cdp)
    {
        _process = process;
        _profile = profile;
        _cdp = cdp;
    }

    public static async Task<HeadlessBrowser> LaunchAsync(CancellationToken ct = default)
    {
        var executable = ChromiumLocator.Find();
        var profile = Path.Combine(Path.GetTempPath(), "car-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
                 })
            start.ArgumentList.Add(argument);

        var process = Process.Start(start) ?? throw new BrowserException($"无法启动浏览器：{executable}");
        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderrTail = new Queue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) { endpoint.TrySetException(new BrowserException("浏览器启动后立即退出")); return; }
            lock (stderrTail) { stderrTail.Enqueue(e.Data); if (stderrTail.Count > 20) stderrTail.Dequeue(); }
            if (DevToolsLine().Match(e.Data) is { Success: true } m) endpoint.TrySetResult(new Uri(m.Groups[1].Value));
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var uri = await endpoint.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            return new HeadlessBrowser(process, profile, await CdpConnection.ConnectAsync(uri, ct));
        }
        catch (Exception e) when (e is TimeoutException or BrowserException)
        {
            Kill(process);
            string tail;
            lock (stderrTail) tail = string.Join("\n", stderrTail);
            throw new BrowserException($"浏览器未能启动（{executable}）：{e.Message}\n{tail}");
        }
    }

    /// <summary>Prints a page to PDF with the page's own CSS @page size and margins, once its charts and fonts are ready.</summary>
    public async Task PrintToPdfAsync(string htmlPath, string pdfPath, CancellationToken ct = default)
    {
        await WithPageAsync(htmlPath, null, async session =>
        {
            var pdf = await _cdp.CallAsync("Page.printToPDF", new JsonObject
            {
                ["preferCSSPageSize"] = true,
                ["printBackground"] = true,
                ["displayHeaderFooter"] = false,
                ["generateDocumentOutline"] = true,
                ["generateTaggedPDF"] = true,
            }, session, TimeSpan.FromMinutes(3), ct);
            var temp = pdfPath + ".tmp";
            await File.WriteAllBytesAsync(temp, Convert.FromBase64String(pdf.GetProperty("data").GetString()!), ct);
            File.Move(temp, pdfPath, overwrite: true);
        }, ct);
    }

    public async Task ScreenshotAsync(string htmlPath, string pngPath, int width = 1280, int height = 900, CancellationToken ct = default)
    {
        await WithPageAsync(htmlPath, (width, height), async session =>
        {
            var shot = await _cdp.CallAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, session, ct: ct);
            await File.WriteAllBytesAsync(pngPath, Convert.FromBase64String(shot.GetProperty("data").GetString()!), ct);
        }, ct);
    }

    /// <summary>
    /// Saves every chart of a page as SVG (ECharts' own SVG rendering) and PNG (a 2x screenshot of the chart's box),
    /// for use in Word or slides. Returns the file names written.
    /// </summary>
    public async Task<IReadOnlyList<string>> ExportChartsAsync(string htmlPath, string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        await WithPageAsync(htmlPath, (1000, 1400), async session =>
        {
            var charts = await _cdp.CallAsync("Runtime.evaluate", new JsonObject
            {
                ["expression"] = """
                    Array.from(document.querySelectorAll('[data-chart-option]')).map(el => {
                      const r = el.getBoundingClientRect();
                      return { id: el.getAttribute('data-chart-option').replace(/^option-/, ''),
                               svg: echarts.getInstanceByDom(el).renderToSVGString(),
                               x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
                    })
                    """,
                ["returnByValue"] = true,
            }, session, ct: ct);
            foreach (var chart in charts.GetProperty("result").GetProperty("value").EnumerateArray())
            {
                var id = SafeName().Replace(chart.GetProperty("id").GetString()!, "-");
                await File.WriteAllTextAsync(Path.Combine(folder, id + ".svg"), chart.GetProperty("svg").GetString(), ct);
                var shot = await _cdp.CallAsync("Page.captureScreenshot", new JsonObject
                {
                    ["format"] = "png",
                    ["captureBeyondViewport"] = true,
                    ["clip"] = new JsonObject
                    {
                        ["x"] = chart.GetProperty("x").GetDouble(), ["y"] = chart.GetProperty("y").GetDouble(),
                        ["width"] = chart.GetProperty("width").GetDouble(), ["height"] = chart.GetProperty("height").GetDouble(),
                        ["scale"] = 2,
                    },
                }, session, ct: ct);
                await File.WriteAllBytesAsync(Path.Combine(folder, id + ".png"), Convert.FromBase64String(shot.GetProperty("data").GetString()!), ct);
                written.AddRange([id + ".svg", id + ".png"]);
            }
        }, ct);
        return written;
    }

    [GeneratedRegex("[^a-z0-9-]")]
    private static partial Regex SafeName();

    /// <summary>Loads a page and reports its script errors, console errors and every URL it requested.</summary>
    public async Task<PageCheck> CheckPageAsync(string htmlPath, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var requests = new List<string>();
        string? session = null;
        void Collect(string method, string? sessionId, JsonElement p)
        {
            if (sessionId != session) return;
            lock (errors)
            {
                switch (method)
                {
                    case "Runtime.exceptionThrown":
                        var details = p.GetProperty("exceptionDetails");
                        errors.Add(details.TryGetProperty("exception", out var ex) && ex.TryGetProperty("description", out var d)
                            ? d.GetString()! : details.GetProperty("text").GetString()!);
                        break;
                    case "Runtime.consoleAPICalled" when p.GetProperty("type").GetString() == "error":
                        errors.Add("console.error: " + string.Join(" ", p.GetProperty("args").EnumerateArray()
                            .Select(a => a.TryGetProperty("value", out var v) ? v.ToString() : a.GetProperty("type").GetString())));
                        break;
                    case "Log.entryAdded" when p.GetProperty("entry").GetProperty("level").GetString() == "error":
                        errors.Add(p.GetProperty("entry").GetProperty("text").GetString()!);
                        break;
                    case "Network.requestWillBeSent":
                        requests.Add(p.GetProperty("request").GetProperty("url").GetString()!);
                        break;
                }
            }
        }
        _cdp.EventReceived += Collect;
        try
        {
            await WithPageAsync(htmlPath, null, async s =>
            {
                await Task.Delay(300, ct); // late errors from charts drawn after load
            }, ct, async s =>
            {
                session = s;
                await _cdp.CallAsync("Runtime.enable", sessionId: s, ct: ct);
                await _cdp.CallAsync("Log.enable", sessionId: s, ct: ct);
                await _cdp.CallAsync("Network.enable", sessionId: s, ct: ct);
            });
        }
        finally
        {
            _cdp.EventReceived -= Collect;
            if (session is not null)
                foreach (var domain in new[] { "Network", "Log", "Runtime" })
                    await _cdp.CallAsync(domain + ".disable", sessionId: session, ct: CancellationToken.None);
        }
        lock (errors) return new PageCheck(errors.ToList(), requests.ToList());
    }

    private string? _session;

    /// <summary>
    /// The run's one tab, opened on first use and navigated for every page after: its renderer keeps the CJK
    /// fonts loaded (tens of MB of Noto CJK), which a fresh target per page would load again.
    /// </summary>
    private async Task<string> SessionAsync(CancellationToken ct)
    {
        if (_session is not null) return _session;
        var target = await _cdp.CallAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, ct: ct);
        var attached = await _cdp.CallAsync("Target.attachToTarget",
            new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, ct: ct);
        _session = attached.GetProperty("sessionId").GetString()!;
        await _cdp.CallAsync("Page.enable", sessionId: _session, ct: ct);
        return _session;
    }

    /// <summary>Navigates the tab to a page, waits for load, fonts and window.reportReady, then runs the action.</summary>
    private async Task WithPageAsync(string htmlPath, (int Width, int Height)? viewport, Func<string, Task> action,
        CancellationToken ct, Func<string, Task>? beforeNavigate = null)
    {
        var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
        var session = await SessionAsync(ct);
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnEvent(string method, string? sessionId, JsonElement _)
        {
            if (sessionId == session && method == "Page.loadEventFired") loaded.TrySetResult();
        }
        _cdp.EventReceived += OnEvent;
        try
        {
            if (beforeNavigate is not null) await beforeNavigate(session);
            if (viewport is { } v)
                await _cdp.CallAsync("Emulation.setDeviceMetricsOverride", new JsonObject
                {
                    ["width"] = v.Width, ["height"] = v.Height, ["deviceScaleFactor"] = 1, ["mobile"] = false,
                }, session, ct: ct);
            else
                await _cdp.CallAsync("Emulation.clearDeviceMetricsOverride", sessionId: session, ct: ct);
            var navigation = await _cdp.CallAsync("Page.navigate", new JsonObject { ["url"] = url }, session, ct: ct);
            if (navigation.TryGetProperty("errorText", out var navError))
                throw new BrowserException($"浏览器无法打开 {htmlPath}：{navError.GetString()}");
            try { await loaded.Task.WaitAsync(PageTimeout, ct); }
            catch (TimeoutException) { throw new BrowserException($"页面加载超时：{htmlPath}"); }

            var ready = await _cdp.CallAsync("Runtime.evaluate", new JsonObject
            {
                ["expression"] = "Promise.all([document.fonts.ready, window.reportReady || Promise.resolve()]).then(() => true)",
                ["awaitPromise"] = true,
                ["returnByValue"] = true,
            }, session, PageTimeout, ct);
            if (ready.TryGetProperty("exceptionDetails", out var readyError))
                throw new BrowserException($"页面脚本出错：{htmlPath}：{readyError.GetProperty("text").GetString()}");
            await action(session);
        }
        finally { _cdp.EventReceived -= OnEvent; }
    }

    public async ValueTask DisposeAsync()
    {
        try { await _cdp.CallAsync("Browser.close", timeout: TimeSpan.FromSeconds(5)); }
        catch (BrowserException) { }
        await _cdp.DisposeAsync();
        if (!_process.WaitForExit(5000)) Kill(_process);
        _process.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Kill(Process process)
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
