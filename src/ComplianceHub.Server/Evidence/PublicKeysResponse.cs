using ComplianceHub.Grains.Evidence;

namespace ComplianceHub.Server.Evidence;

/// <summary>Every key that signs or signed tree heads; a head names its key by <c>keyId</c>.</summary>
public sealed record PublicKeysResponse(IReadOnlyList<PublishedKey> Keys);
