namespace ComplianceHub.Testing;

/// <summary>
/// A clock a test moves by hand, to see what a later reader sees (a deadline passing) without waiting.
/// Timers are not simulated: nothing in the code under test relies on one (deadlines are evaluated on read).
/// </summary>
public sealed class SettableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
