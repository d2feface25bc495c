using System.CommandLine;
using System.Globalization;
using System.Text;
using ComplianceHub.Cli.Hub;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Cli.Reports;

/// <summary>
/// The steps every report download shares: fetch the PDF the hub issues (and so archives and hash-records), check
/// the bytes received against the hash it recorded, save them, and print the report id, SHA-256 and verify URL.
/// </summary>
/// <remarks>
/// stdout gets <c>key: value</c> lines (file, reportId, sha256, verifyUrl) for scripts; stderr a summary or the
/// error. Exit 0 saved; 2 on a bad option, an unwritable file or the hub refusing (4xx: token, rights, unknown id);
/// 1 when the hub fails (5xx), cannot be reached, or the bytes received do not match the recorded hash.
/// </remarks>
internal static class ReportDownload
{
    /// <summary>A jurisdiction report of thousands of enterprises takes tens of seconds to render.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

    public static Option<string?> CreateOutputOption() => new("--output", "-o")
    {
        Description = "保存到 save to FILE (默认 default: hub 给出的文件名 the hub's file name, 当前目录 in the current directory)",
    };

    public static async Task<int> RunAsync(
        HubSettings settings,
        string path,
        string? output,
        string fallbackName,
        CliStreams streams,
        Func<HttpMessageHandler>? transport,
        CancellationToken cancellationToken)
    {
        var error = streams.StandardError;
        using var http = settings.CreateHttpClient(RequestTimeout, transport, out var hubError);
        if (http is null)
        {
            error.WriteLine(hubError);
            error.Flush();
            return ExitCodes.BadInput;
        }

        var (pdf, failure) = await new ReportHubClient(http).GetIssuedPdfAsync(path, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            failure.WriteTo(error);
            error.Flush();
            return failure.ExitCode;
        }

        var received = ReportHash.Sha256(pdf!.Bytes);
        if (!string.Equals(received, pdf.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"收到的文件与 hub 记录的 SHA-256 不一致，未保存 the bytes received do not match the SHA-256 the hub recorded; nothing saved: received {received}, recorded {pdf.Sha256}");
            error.Flush();
            return ExitCodes.Failed;
        }

        var file = output ?? FileNameOf(pdf, fallbackName);
        try
        {
            await File.WriteAllBytesAsync(file, pdf.Bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写入 cannot write {file}: {e.Message}（报告已签发 the report was issued: {pdf.ReportId}）");
            error.Flush();
            return ExitCodes.BadInput;
        }

        var verifyUrl = new ReportIssue(pdf.ReportId, http.BaseAddress!.AbsoluteUri).VerificationUrl;
        var lines = $"file: {file}\nreportId: {pdf.ReportId}\nsha256: {received}\nverifyUrl: {verifyUrl}\n";
        streams.StandardOutput.Write(Encoding.UTF8.GetBytes(lines));
        streams.StandardOutput.Flush();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"已保存签发的报告 saved the issued report {file} ({pdf.Bytes.Length / 1024.0:0.0} KB)，SHA-256 与 hub 记录一致 matches the hub's record"));
        error.Flush();
        return ExitCodes.Ok;
    }

    /// <summary>The hub's file name reduced to a bare name (a header must not choose the directory), else the fallback.</summary>
    private static string FileNameOf(IssuedPdf pdf, string fallbackName)
    {
        var suggested = pdf.SuggestedFileName is { } name ? Path.GetFileName(name.Replace('\\', '/')) : null;
        if (suggested is { Length: > 0 } && suggested.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && suggested.IndexOfAny(Path.GetInvalidFileNameChars()) < 0)
        {
            return suggested;
        }

        var safe = string.Concat(fallbackName.Select(c => Array.IndexOf(Path.GetInvalidFileNameChars(), c) >= 0 ? '_' : c));
        return $"{safe}-{pdf.ReportId[..Math.Min(8, pdf.ReportId.Length)]}.pdf";
    }
}
