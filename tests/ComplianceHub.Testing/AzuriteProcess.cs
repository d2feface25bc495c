using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace ComplianceHub.Testing;

/// <summary>A started Azurite child process: wait for it to listen, stop it, explain its failure.</summary>
internal sealed class AzuriteProcess
{
    private const int MaxCapturedChars = 8_000;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AzuriteProcess(Process process) => _process = process;

    public static AzuriteProcess Start(string azurite, string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        if (OperatingSystem.IsWindows())
        {
            info.FileName = azurite;
        }
        else
        {
            // A guard shell holds our stdin pipe: if the test process is killed outright (no
            // ProcessExit), the pipe closes, `cat` returns and the guard stops Azurite, so no
            // emulator outlives an aborted run and keeps its ports.
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("\"$@\" </dev/null & child=$!; cat >/dev/null; kill $child 2>/dev/null; wait");
            info.ArgumentList.Add("azurite-guard");
            info.ArgumentList.Add(azurite);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var started = new AzuriteProcess(process);
        process.OutputDataReceived += (_, e) => started.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => started.Capture(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    public async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite 启动失败 (Azurite exited with code {_process.ExitCode}): {CapturedOutput()}");
            }

            try
            {
                using var client = new TcpClient();
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await client.ConnectAsync("127.0.0.1", port, attempt.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                // Not listening yet: Azurite takes a second or two to load.
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        Stop();
        throw new TimeoutException(
            $"Azurite 在 {timeout.TotalSeconds:0} 秒内未监听表端口 {port} " +
            $"(Azurite did not accept connections on table port {port} within {timeout.TotalSeconds:0} s): " +
            CapturedOutput());
    }

    public void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < MaxCapturedChars)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string CapturedOutput()
    {
        lock (_output)
        {
            return _output.Length == 0 ? "(no output)" : _output.ToString();
        }
    }
}
