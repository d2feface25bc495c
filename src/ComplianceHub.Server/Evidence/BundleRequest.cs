namespace ComplianceHub.Server.Evidence;

/// <summary>
/// <c>POST …/evidence/bundles</c>: entries <see cref="From"/>..<see cref="To"/> (default the whole signed log), the
/// case it is for, why, and optionally a tree head the caller kept, to prove the log only grew since.
/// </summary>
public sealed record BundleRequest(long? From, long? To, string? CaseNumber, string? Reason, TreeHeadJson? TreeHead);
