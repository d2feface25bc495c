using Orleans.Runtime;

namespace ComplianceHub.Storage.Tests.GrainStorage;

/// <summary>Just enough of the silo lifecycle to start what a provider subscribes, in stage order.</summary>
internal sealed class ManualSiloLifecycle : ISiloLifecycle
{
    private readonly List<(int Stage, ILifecycleObserver Observer)> _observers = [];

    public int HighestCompletedStage { get; private set; }

    public int LowestStoppedStage { get; private set; }

    public int SubscriberCount => _observers.Count;

    public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
    {
        _observers.Add((stage, observer));
        return new Unsubscriber();
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (stage, observer) in _observers.OrderBy(o => o.Stage))
        {
            await observer.OnStart(cancellationToken);
            HighestCompletedStage = stage;
        }
    }

    private sealed class Unsubscriber : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
