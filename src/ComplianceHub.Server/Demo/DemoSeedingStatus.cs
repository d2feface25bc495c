namespace ComplianceHub.Server.Demo;

/// <summary>Whether <see cref="DemoSeeder"/> has finished, for <see cref="DemoSeedingHealthCheck"/> and for whoever must wait for it.</summary>
public sealed class DemoSeedingStatus
{
    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Seeded => _seeded.Task.IsCompleted;

    /// <summary>Completes once the demo data, including the demo inspection, is in place.</summary>
    public Task Completion => _seeded.Task;

    public void MarkSeeded() => _seeded.TrySetResult();
}
