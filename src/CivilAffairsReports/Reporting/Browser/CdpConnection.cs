using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivilAffairsReports.Reporting.Browser;

internal sealed class BrowserException(string message) : Exception(message);

/// <summary>
/// The Chrome DevTools Protocol over one WebSocket: numbered calls answered by id, events dispatched by
/// method and session. Flattened sessions let one connection drive every page of the run.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _closing = new();
    private Task _receiveLoop = Task.CompletedTask;
    private int _nextId;

    /// <summary>Every event: method, session id (null for the browser), params.</summary>
    public event Action<string, string?, JsonElement>? EventReceived;

    public static async Task<CdpConnection> ConnectAsync(Uri endpoint, CancellationToken ct)
    {
        var connection = new CdpConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(endpoint, ct);
        connection._receiveLoop = Task.Run(connection.ReceiveLoopAsync);
        return connection;
    }

    public async Task<JsonElement> CallAsync(string method, JsonObject? parameters = null, string? sessionId = null,
        TimeSpan? timeout = null, CancellationToken ct = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null) message["sessionId"] = sessionId;
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
        try
        {
            return await reply.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60), ct);
        }
        catch (TimeoutException)
        {
            throw new BrowserException($"浏览器未响应 {method}（超时）");
        }
        finally { _pending.TryRemove(id, out _); }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        foreach (var pending in _pending.Values)
            pending.TrySetException(new BrowserException("与浏览器的连接已断开 (browser connection closed)"));
    }

    private void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!_pending.TryGetValue(idElement.GetInt32(), out var reply)) return;
            if (root.TryGetProperty("error", out var error))
                reply.TrySetException(new BrowserException($"浏览器报错：{error.GetProperty("message").GetString()}"));
            else
                reply.TrySetResult(root.TryGetProperty("result", out var result) ? result : default);
            return;
        }
        var method = root.GetProperty("method").GetString()!;
        var sessionId = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        EventReceived?.Invoke(method, sessionId, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException) { }
        await _receiveLoop.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _socket.Dispose();
        _closing.Dispose();
    }
}
