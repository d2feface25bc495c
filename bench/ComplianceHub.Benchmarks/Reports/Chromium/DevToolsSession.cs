using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceHub.Benchmarks.Reports.Chromium;

/// <summary>
/// One long-lived headless Chromium driven over the DevTools protocol (a WebSocket on loopback): a page is loaded
/// and printed per report without starting a browser each time, as a server keeping Chromium warm would do.
/// Minimal on purpose: sequential commands, one page target, events read only while waiting for a load.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private readonly Process _browser;
    private readonly ClientWebSocket _socket;
    private readonly string _profile;
    private string _sessionId = "";
    private int _nextId;

    private DevToolsSession(Process browser, ClientWebSocket socket, string profile)
    {
        _browser = browser;
        _socket = socket;
        _profile = profile;
    }

    /// <summary>Time from navigation to the load event, per print: how much of a warm print is loading the page.</summary>
    public List<double> LoadTimes { get; } = [];

    public static async Task<DevToolsSession> StartAsync(string chromium)
    {
        var profile = Directory.CreateTempSubdirectory("chub-chromium-").FullName;
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in ChromiumComparison.CommonFlags)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--remote-debugging-port=0");
        start.ArgumentList.Add($"--user-data-dir={profile}");
        start.ArgumentList.Add("about:blank");
        var browser = Process.Start(start)!;
        browser.OutputDataReceived += (_, _) => { };
        browser.ErrorDataReceived += (_, _) => { };
        browser.BeginOutputReadLine();
        browser.BeginErrorReadLine();

        // Chromium writes the port it chose and the browser endpoint's path into the profile once it listens.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30) || browser.HasExited)
            {
                throw new InvalidOperationException("chromium did not open its DevTools port");
            }

            await Task.Delay(50);
        }

        var lines = await File.ReadAllLinesAsync(portFile);
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}"), CancellationToken.None);
        var session = new DevToolsSession(browser, socket, profile);
        var target = await session.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, toPage: false);
        var attached = await session.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, toPage: false);
        session._sessionId = attached["sessionId"]!.GetValue<string>();
        await session.SendAsync("Page.enable", new JsonObject());
        return session;
    }

    /// <summary>Loads <paramref name="url"/>, waits for its load event, prints it with the page's own CSS page size.</summary>
    public async Task<byte[]> PrintAsync(string url)
    {
        var watch = Stopwatch.StartNew();
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, waitForEvent: "Page.loadEventFired");
        LoadTimes.Add(watch.Elapsed.TotalMilliseconds);
        var printed = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["printBackground"] = true,
            ["preferCSSPageSize"] = true,
            ["displayHeaderFooter"] = false,
        });
        return Convert.FromBase64String(printed["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync("Browser.close", new JsonObject(), toPage: false);
        }
        catch (Exception e) when (e is WebSocketException or InvalidOperationException)
        {
            // Already gone: the process is killed below anyway.
        }

        if (!_browser.WaitForExit(5000))
        {
            _browser.Kill(entireProcessTree: true);
        }

        _socket.Dispose();
        _browser.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, bool toPage = true, string? waitForEvent = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (toPage)
        {
            message["sessionId"] = _sessionId;
        }

        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        JsonObject? result = null;
        var eventSeen = waitForEvent is null;
        while (result is null || !eventSeen)
        {
            var reply = await ReceiveAsync();
            if (reply["id"]?.GetValue<int>() == id)
            {
                result = reply["error"] is { } error
                    ? throw new InvalidOperationException($"{method}: {error.ToJsonString()}")
                    : reply["result"]!.AsObject();
            }
            else if (reply["method"]?.GetValue<string>() == waitForEvent)
            {
                eventSeen = true;
            }
        }

        return result;
    }

    private async Task<JsonObject> ReceiveAsync()
    {
        var buffer = new byte[1 << 20];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!.AsObject();
    }
}
