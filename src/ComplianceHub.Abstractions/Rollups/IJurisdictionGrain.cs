using ComplianceHub.Domain.Rollups;
using Orleans.Concurrency;

namespace ComplianceHub.Abstractions.Rollups;

/// <summary>
/// One GB/T 2260 division (key: the six-digit code; <c>000000</c> is the nation). It sums its own enterprises
/// (pushed by them, idempotent by their versions) and its children's summaries (pushed up by them, coalesced),
/// and pushes its own summary to its parent. Nothing here ever scans enterprises. Reads interleave: they only
/// look at memory, and a parent querying a child while the child pushes to it must not deadlock.
/// </summary>
[Alias("chub.IJurisdictionGrain")]
public interface IJurisdictionGrain : IGrainWithStringKey
{
    /// <summary>An enterprise registered directly in this division, as of its version; an older one is ignored.</summary>
    [Alias("Apply")]
    Task Apply(EnterpriseRollup rollup);

    /// <summary>The enterprise left this division at <paramref name="version"/>.</summary>
    [Alias("Remove")]
    Task Remove(string enterpriseId, long version);

    /// <summary>A child division's summary; an older version than the one held is ignored.</summary>
    [Alias("ReceiveChild")]
    Task ReceiveChild(string childCode, VersionedSummary summary);

    /// <summary>This division's summary with the version it was (or will be) pushed under.</summary>
    [AlwaysInterleave, Alias("GetSummary")]
    Task<VersionedSummary> GetSummary();

    /// <summary>The summary, the children's aggregates and the count of direct members.</summary>
    [AlwaysInterleave, Alias("GetView")]
    Task<JurisdictionView> GetView();

    /// <summary>The <paramref name="limit"/> enterprises under this division most worth inspecting at <paramref name="now"/>.</summary>
    [AlwaysInterleave, Alias("GetPlan")]
    Task<IReadOnlyList<EnterpriseRollup>> GetPlan(DateTimeOffset now, int limit);

    /// <summary>
    /// Pushes a pending summary to the parent now rather than at the next coalescing tick, then flushes the parent:
    /// when it returns, every level up to the nation holds this division's figures as of the call. The barrier tests
    /// wait on instead of polling; the normal path stays coalesced.
    /// </summary>
    [Alias("Flush")]
    Task Flush();
}
