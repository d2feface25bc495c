using System.CommandLine;

namespace ComplianceHub.Cli.Evidence;

/// <summary><c>chub evidence</c>: evidence bundles for court.</summary>
internal static class EvidenceCommand
{
    public static Command Create(CliStreams streams, Func<HttpMessageHandler>? transport = null) =>
        new("evidence", "证据包 evidence bundles")
        {
            EvidenceVerifyCommand.Create(streams),
            EvidenceBundleCommand.Create(streams, transport),
        };
}
