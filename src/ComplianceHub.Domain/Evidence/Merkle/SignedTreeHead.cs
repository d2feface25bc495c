namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// A tree head and its signature (base64) by <see cref="Algorithm"/> (<c>ed25519</c> or <c>sm2-sm3</c>) over
/// <see cref="TreeHeadEncoding.SignatureInput"/>; <see cref="TimestampToken"/> is an RFC 3161 token (base64 DER)
/// over the SHA-256 of that signature when a timestamp authority is configured.
/// </summary>
public sealed record SignedTreeHead(TreeHead Head, string Algorithm, string Signature, string? TimestampToken = null);
