namespace ComplianceHub.Cli.Hub;

/// <summary>Why a report request to the hub did not succeed, worded for the person at the terminal.</summary>
/// <param name="Status">HTTP status, or null when no answer came (no connection, timeout).</param>
/// <param name="Message">The problem-details title and detail (Chinese and English as the hub words them), or the network failure.</param>
/// <param name="Errors">Problem-details <c>errors</c>: field to messages (empty when none).</param>
internal sealed record HubFailure(int? Status, string Message, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>4xx: the request, token or id is wrong; asking again will not help.</summary>
    public bool IsRejection => Status is >= 400 and < 500;

    public int ExitCode => IsRejection ? ExitCodes.BadInput : ExitCodes.Failed;

    public static HubFailure Unreachable(string message) => new(null, message, new Dictionary<string, string[]>());

    public void WriteTo(TextWriter error)
    {
        if (Status is not { } status)
        {
            error.WriteLine(Message);
            return;
        }

        var what = IsRejection ? "hub 拒绝 rejected" : "hub 出错 failed";
        error.WriteLine(FormattableString.Invariant($"{what} ({status}): {Message}"));
        foreach (var (field, messages) in Errors)
        {
            foreach (var message in messages)
            {
                error.WriteLine($"  {field}: {message}");
            }
        }

        if (status is 401 or 403)
        {
            error.WriteLine("  请检查 --token / CHUB_TOKEN 及其角色和辖区 check --token / CHUB_TOKEN, its role and its division or enterprise");
        }
    }
}
