using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.Utilities.Collections;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>
/// A real RFC 3161 timestamp authority on loopback, built from BouncyCastle's TSP classes (request parsing, token
/// generation, CMS signing with an RSA key whose self-signed certificate carries the critical timeStamping usage).
/// It counts the tokens it issued.
/// </summary>
public sealed class TestTimestampAuthority : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly RSA _key = RSA.Create(2048);
    private readonly TimeStampResponseGenerator _responses;
    private long _serial;
    private int _issued;

    public TestTimestampAuthority(int port)
    {
        var request = new CertificateRequest("CN=ComplianceHub Test TSA", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var bcCertificate = DotNetUtilities.FromX509Certificate(certificate);
        var tokens = new TimeStampTokenGenerator(DotNetUtilities.GetRsaKeyPair(_key).Private, bcCertificate, TspAlgorithms.Sha256, "1.2.3.4.1");
        tokens.SetCertificates(CollectionUtilities.CreateStore(new[] { bcCertificate }));
        _responses = new TimeStampResponseGenerator(tokens, TspAlgorithms.Allowed);
        Url = $"http://127.0.0.1:{port}/tsa/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = ServeAsync();
    }

    public string Url { get; }

    public int Issued => Volatile.Read(ref _issued);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var request = new TimeStampRequest(body.ToArray());
            var response = _responses.Generate(request, BigInteger.ValueOf(Interlocked.Increment(ref _serial)), DateTime.UtcNow);
            var bytes = response.GetEncoded();
            Interlocked.Increment(ref _issued);
            context.Response.ContentType = "application/timestamp-reply";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _key.Dispose();
    }
}
