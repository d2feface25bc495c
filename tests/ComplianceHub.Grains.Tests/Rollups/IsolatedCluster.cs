using ComplianceHub.Grains.Tests.Infrastructure;

namespace ComplianceHub.Grains.Tests.Rollups;

/// <summary>
/// A cluster of the roll-up tests' own: division grains are keyed by real GB/T 2260 codes, so the national
/// figures must not count other tests' enterprises. Same configuration as the shared one, own tables.
/// </summary>
public sealed class IsolatedCluster : IAsyncLifetime
{
    public ClusterFixture Fixture { get; } = new();

    public ValueTask InitializeAsync() => Fixture.InitializeAsync();

    public ValueTask DisposeAsync() => Fixture.DisposeAsync();
}
