using System.Collections.Concurrent;

namespace ComplianceHub.Cluster.Tests.Load;

/// <summary>What the load's clients saw: answers by status (0 = no answer: connection refused, reset or timed out).</summary>
public sealed class LoadTally
{
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    private int _retries;

    public int Retries => _retries;

    public void Retried() => Interlocked.Increment(ref _retries);

    public void Saw(int status) => _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    public int Count(Func<int, bool> which) => _statuses.Where(s => which(s.Key)).Sum(s => s.Value);

    public override string ToString() => string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no answer" : s.Key)}×{s.Value}"));
}
