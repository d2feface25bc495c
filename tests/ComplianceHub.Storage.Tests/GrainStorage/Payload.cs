namespace ComplianceHub.Storage.Tests.GrainStorage;

/// <summary>Incompressible bytes of a chosen size, to push a state past chunk and entity limits.</summary>
[GenerateSerializer, Alias("storage-tests.payload")]
public sealed class Payload
{
    [Id(0)] public byte[] Bytes { get; set; } = [];

    public static Payload OfSize(int bytes, int seed)
    {
        var data = new byte[bytes];
        new Random(seed).NextBytes(data);
        return new Payload { Bytes = data };
    }
}
