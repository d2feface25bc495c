namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// What a signed tree head asserts: the enterprise's log had <see cref="TreeSize"/> entries whose Merkle root was
/// <see cref="RootHash"/> (64 lowercase hex) at <see cref="Timestamp"/> (UTC), signed by the key <see cref="KeyId"/>.
/// </summary>
public sealed record TreeHead(string EnterpriseId, long TreeSize, string RootHash, DateTimeOffset Timestamp, string KeyId);
