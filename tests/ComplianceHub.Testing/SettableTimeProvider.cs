using System.Diagnostics;

namespace ComplianceHub.Testing;

/// <summary>
/// A clock a test moves by hand, to see what a later reader sees (a deadline passing) without waiting. With
/// <paramref name="running"/> it also runs on in real time from <paramref name="start"/>: a hub started at 23:59 China
/// time sees midnight a minute later, so a real timer (an Orleans reminder) fires at an instant the test chose.
/// Timers are not simulated: moving the clock by hand does not fire them.
/// </summary>
public sealed class SettableTimeProvider(DateTimeOffset start, bool running = false) : TimeProvider
{
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() =>
        new(Interlocked.Read(ref _utcTicks) + (running ? Stopwatch.GetElapsedTime(_startedAt).Ticks : 0), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
