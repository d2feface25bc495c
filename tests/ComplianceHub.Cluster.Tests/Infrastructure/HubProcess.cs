using System.Globalization;

namespace ComplianceHub.Cluster.Tests.Infrastructure;

/// <summary>One silo + API process of a cluster on Azure Table clustering, on its own loopback ports.</summary>
public sealed class HubProcess : IDisposable
{
    private readonly ChildProcess _process;

    private HubProcess(int index, string url, ChildProcess process)
    {
        Index = index;
        Url = url;
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(45) };
    }

    public int Index { get; }

    public string Url { get; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    public string LogPath => _process.LogPath;

    public static HubProcess Start(int index, ClusterSettings settings, string logFolder)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ports = Ports.Free(3);
        var url = $"http://127.0.0.1:{ports[0]}";
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__ConnectionString"] = settings.Storage,
            ["Storage__TablePrefix"] = settings.TablePrefix,
            ["Orleans__ClusteringMode"] = "azure-table",
            ["Orleans__ClusterId"] = settings.TablePrefix,
            ["Orleans__ServiceId"] = settings.TablePrefix,
            ["Orleans__AdvertisedIPAddress"] = "127.0.0.1",
            ["Orleans__SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = ports[2].ToString(CultureInfo.InvariantCulture),
            ["Auth__DevSigningKey"] = settings.SigningKey,
            ["Labels__FingerprintKey"] = settings.FingerprintKey,
            ["Reports__BaseUrl"] = url,
            ["Demo__Seed"] = "false",
            ["RateLimits__PerTokenPerSecond"] = "100000",
            ["RateLimits__PerTokenBurst"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__LogLevel__Orleans.Runtime.MembershipService"] = "Information",
            ["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ",
        };
        var process = ChildProcess.Start("dotnet", [Repository.ServerDll, "--urls", url], environment, Path.Combine(logFolder, $"hub-{index}.log"));
        return new HubProcess(index, url, process);
    }

    public Task<TimeSpan> WaitReadyAsync(TimeSpan timeout) =>
        Eventually.WaitAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"hub {Index} exited; see {LogPath}");
            }

            try
            {
                using var response = await Http.GetAsync("/health/ready");
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, timeout, $"hub {Index} ready");

    /// <summary>SIGKILL: the silo vanishes without leaving the cluster.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM and wait for the exit; false when it did not exit within <paramref name="timeout"/>.</summary>
    public Task<bool> TerminateAsync(TimeSpan timeout)
    {
        _process.Terminate();
        return _process.WaitForExitAsync(timeout);
    }

    public void Dispose()
    {
        Http.Dispose();
        _process.Dispose();
    }
}
