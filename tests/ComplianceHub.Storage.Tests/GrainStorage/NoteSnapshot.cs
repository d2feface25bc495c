namespace ComplianceHub.Storage.Tests.GrainStorage;

/// <summary>What the grain holds, and which activation answered, so a test can tell a reactivation apart.</summary>
[GenerateSerializer, Immutable, Alias("storage-tests.NoteSnapshot")]
public sealed record NoteSnapshot([property: Id(0)] string Text, [property: Id(1)] bool RecordExists, [property: Id(2)] Guid ActivationId);
