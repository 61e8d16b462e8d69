namespace CivilAffairsReports.Reporting.Browser;

/// <summary>
/// The run's one browser, started when first needed or earlier on request: the batch starts it as soon as it knows
/// an edition will be written, so the browser comes up while the analysis runs rather than on the report stage's
/// clock. Disposing it ends the browser, whether it was used, failed to start or is still starting.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private Task<HeadlessBrowser>? _launch;

    /// <summary>Starts the browser in the background; a failure to start is reported by <see cref="GetAsync"/>.</summary>
    public void Start(CancellationToken ct) => _launch ??= HeadlessBrowser.LaunchAsync(ct);

    public Task<HeadlessBrowser> GetAsync(CancellationToken ct)
    {
        Start(ct);
        return _launch!.WaitAsync(ct);
    }

    private Task? _closing;

    /// <summary>Ends the browser in the background once nothing more will be printed; <see cref="DisposeAsync"/> waits for it.</summary>
    public void CloseInBackground() => _closing ??= CloseAsync();

    public async ValueTask DisposeAsync() => await (_closing ??= CloseAsync());

    private async Task CloseAsync()
    {
        if (_launch is null) return;
        try
        {
            await (await _launch).DisposeAsync();
        }
        catch (Exception e) when (e is BrowserLaunchException or OperationCanceledException)
        {
            // Never started: nothing to end. A start that was needed has reported this failure already.
        }
    }
}
