using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.Storage.Tests.GrainStorage;

/// <summary>What an activation holds between calls: the state plus the ETag it was read or written at.</summary>
internal sealed class TestGrainState<T> : IGrainState<T>
{
    public TestGrainState(T state) => State = state;

    [AllowNull]
    public T State { get; set; }

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
