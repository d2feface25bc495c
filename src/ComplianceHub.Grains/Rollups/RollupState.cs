using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Grains.Rollups;

/// <summary>
/// What an enterprise last told its roll-ups, persisted with its state so the version only grows across
/// activations. <see cref="VacatedDivision"/> and <see cref="VacatedBrand"/> name the leaves that must drop the
/// enterprise (at <see cref="Version"/>) after a move or a brand change.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.RollupState")]
public sealed record RollupState
{
    public static RollupState None { get; } = new();

    [Id(0)] public long Version { get; init; }

    [Id(1)] public EnterpriseRollup? Last { get; init; }

    [Id(2)] public string? VacatedDivision { get; init; }

    [Id(3)] public string? VacatedBrand { get; init; }

    /// <summary>
    /// Set when a read (not a change) found the summary moved on with the clock and wrote a new version: no
    /// evidence entry proves that push happened, so the next activation pushes again (pushes are idempotent).
    /// </summary>
    [Id(4)] public bool RefreshedByRead { get; init; }

    /// <summary>The state after <paramref name="built"/>: a new version when a figure changed, else this.</summary>
    public RollupState Next(EnterpriseRollup built, bool byRead)
    {
        ArgumentNullException.ThrowIfNull(built);
        if (built.HasSameFactsAs(Last))
        {
            return byRead || !RefreshedByRead ? this : this with { RefreshedByRead = false };
        }

        var version = Version + 1;
        return new RollupState
        {
            Version = version,
            Last = built with { Version = version },
            VacatedDivision = Last is { } previous && previous.Division != built.Division ? previous.Division : null,
            VacatedBrand = Last?.BrandId is { } brand && brand != built.BrandId ? brand : null,
            RefreshedByRead = byRead,
        };
    }
}
