using System.Diagnostics;
using System.Text;

namespace ComplianceHub.Testing;

/// <summary>A started Azurite child process: wait for it to listen, stop it, explain its failure.</summary>
internal sealed class AzuriteProcess
{
    private const int MaxCapturedChars = 8_000;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _tableListening = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => started._tableListening.TrySetException(new InvalidOperationException(
            $"Azurite 启动失败 (Azurite exited with code {process.ExitCode}): {started.CapturedOutput()}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>
    /// Completes when Azurite prints that its table service listens (it does so even with --silent), fails when the
    /// process exits first: an event to wait on instead of probing the port on a timer.
    /// </summary>
    public async Task WaitUntilTableListensAsync(TimeSpan timeout)
    {
        try
        {
            await _tableListening.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Stop();
            throw new TimeoutException(
                $"Azurite 在 {timeout.TotalSeconds:0} 秒内未监听表端口 " +
                $"(Azurite did not report its table service listening within {timeout.TotalSeconds:0} s): " + CapturedOutput());
        }
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

        if (line.Contains("Table service is successfully listening", StringComparison.Ordinal))
        {
            _tableListening.TrySetResult();
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
