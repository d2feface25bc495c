namespace ComplianceHub.Server.Evidence;

/// <summary><c>manifest.json</c>: what the bundle holds and the SHA-256 of every other file; signed in <c>manifest.sig</c>.</summary>
public sealed record BundleManifest(
    string Format, string EnterpriseId, long From, long To, long TreeSize, string CreatedAt, string CreatedBy,
    string? CaseNumber, string Reason, IReadOnlyList<BundleFile> Files)
{
    public const string FormatName = "chub-evidence-bundle-v1";
}
