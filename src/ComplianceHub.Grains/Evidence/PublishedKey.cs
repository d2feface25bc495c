namespace ComplianceHub.Grains.Evidence;

/// <summary>A tree head key as published: its id, algorithm, raw public key (base64), SHA-256 fingerprint, and whether it signs now.</summary>
public sealed record PublishedKey(string KeyId, string Algorithm, string PublicKey, string Fingerprint, bool Current);
