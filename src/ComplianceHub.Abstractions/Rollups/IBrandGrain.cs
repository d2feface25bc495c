using ComplianceHub.Domain.Rollups;
using Orleans.Concurrency;

namespace ComplianceHub.Abstractions.Rollups;

/// <summary>
/// One franchisor (key: brandId) and all its outlets across divisions (L5: the franchisor answers for them).
/// Fed by the outlets' pushes like a division leaf; a query filters its members by the caller's division.
/// </summary>
[Alias("chub.IBrandGrain")]
public interface IBrandGrain : IGrainWithStringKey
{
    [Alias("Apply")]
    Task Apply(EnterpriseRollup rollup);

    [Alias("Remove")]
    Task Remove(string enterpriseId, long version);

    /// <summary>The brand over its outlets whose division starts with <paramref name="divisionPrefix"/> ("" for all).</summary>
    [AlwaysInterleave, Alias("GetView")]
    Task<BrandView> GetView(string divisionPrefix);
}
