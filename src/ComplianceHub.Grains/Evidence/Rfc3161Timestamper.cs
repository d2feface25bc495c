using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Grains.Evidence;

/// <summary>
/// RFC 3161 over HTTP (RFC 3161 §3.4: POST <c>application/timestamp-query</c>): a SHA-256 message imprint, a random
/// nonce and a request for the authority's certificate, so the token verifies offline on its own.
/// </summary>
public sealed class Rfc3161Timestamper(HttpClient http, IOptions<EvidenceOptions> options) : ITreeHeadTimestamper
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.TimestampAuthority);

    public async Task<byte[]?> StampAsync(byte[] data, CancellationToken cancellationToken)
    {
        if (!Enabled) return null;
        var request = Rfc3161TimestampRequest.CreateFromData(
            data, HashAlgorithmName.SHA256, nonce: RandomNumberGenerator.GetBytes(8), requestSignerCertificates: true);
        using var content = new ByteArrayContent(request.Encode());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        using var response = await http.PostAsync(new Uri(options.Value.TimestampAuthority!), content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var token = request.ProcessResponse(body, out _);
        return token.AsSignedCms().Encode();
    }
}
