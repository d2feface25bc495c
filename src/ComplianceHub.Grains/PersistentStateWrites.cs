namespace ComplianceHub.Grains;

/// <summary>The one way our grains write their state, so a failed write is handled the same everywhere.</summary>
internal static class PersistentStateWrites
{
    /// <summary>
    /// Makes <paramref name="next"/> the state and writes it. A write that throws may or may not have landed, so
    /// the grain goes back to what it held and deactivates when idle: the next call reloads from storage rather
    /// than guess which of the two is stored.
    /// </summary>
    public static async Task WriteOrReloadAsync<T>(this IPersistentState<T> state, T next, IGrainBase grain)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
