namespace ComplianceHub.Storage.Tests.GrainStorage;

[GenerateSerializer, Alias("storage-tests.note")]
public sealed class Note
{
    [Id(0)] public string Text { get; set; } = string.Empty;
    [Id(1)] public int Version { get; set; }
}
