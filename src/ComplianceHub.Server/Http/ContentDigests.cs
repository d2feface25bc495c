using System.Security.Cryptography;
using System.Text.Json;
using ComplianceHub.Server.Labels;

namespace ComplianceHub.Server.Http;

/// <summary>
/// What tells a replay from another batch under a reused id: an HMAC-SHA256 of the request as parsed, written back
/// in the strict serializer's canonical form (property order of the type, no whitespace), so a retry that differs
/// only in spacing or member order is still a replay. Keyed with the sample-fingerprint key because a label batch
/// carries names and phones: an unkeyed hash of a one-sample batch could be brute-forced back to its phone number.
/// </summary>
public sealed class ContentDigests(LabelFingerprintKey key)
{
    public string Of<T>(T body)
        where T : class =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Key, JsonSerializer.SerializeToUtf8Bytes(body, JsonBody.Options)));
}
