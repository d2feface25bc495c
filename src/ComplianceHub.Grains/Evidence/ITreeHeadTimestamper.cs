namespace ComplianceHub.Grains.Evidence;

/// <summary>Obtains an RFC 3161 timestamp token (DER) over data, or null when no timestamp authority is configured.</summary>
public interface ITreeHeadTimestamper
{
    bool Enabled { get; }

    Task<byte[]?> StampAsync(byte[] data, CancellationToken cancellationToken);
}
