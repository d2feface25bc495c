namespace ComplianceHub.Server.Demo;

/// <summary>Whether <see cref="DemoSeeder"/> has finished, for <see cref="DemoSeedingHealthCheck"/>.</summary>
public sealed class DemoSeedingStatus
{
    private volatile bool _seeded;

    public bool Seeded => _seeded;

    public void MarkSeeded() => _seeded = true;
}
