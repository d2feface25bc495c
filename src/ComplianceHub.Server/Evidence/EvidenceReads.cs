using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Evidence;
using ComplianceHub.Server.Auth;

namespace ComplianceHub.Server.Evidence;

/// <summary>
/// Records a read of an enterprise's evidence in that enterprise's log (ARCHITECTURE: every evidence export is an
/// evidence entry). Log and proof reads by regulators and prosecutors are coalesced by the grain to one entry per
/// caller, kind and day; bundles are recorded for every caller, every time.
/// </summary>
public static class EvidenceReads
{
    public static async Task RecordAsync(
        IGrainFactory grains, string enterpriseId, CallerScope caller, string what, long? from, long? to, string? caseNumber = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(caller);
        if (what != EvidenceReadKinds.Bundle && !caller.IsRegulator && !caller.IsProsecutor) return;
        var role = string.Join('+', caller.Roles.Order(StringComparer.Ordinal));
        var read = new EvidenceRead(caller.Actor, role, caller.Division?.ToString(), what, from, to, caseNumber, reason);
        await grains.GetGrain<IEnterpriseGrain>(enterpriseId).RecordEvidenceRead(read);
    }
}
