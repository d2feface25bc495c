namespace ComplianceHub.Abstractions.Labels;

/// <summary>
/// One print batch after checking: the enterprise's declared figures and what its samples showed.
/// Checked at the API edge so that no name, phone or address ever travels in a grain message.
/// </summary>
/// <param name="Printed">Waybills printed in the batch, as declared.</param>
/// <param name="DeclaredMasked">Of those, how many the enterprise declares were privacy waybills.</param>
/// <param name="ContentDigest">Keyed digest of the request: what tells a replay from another batch reusing the id.</param>
[GenerateSerializer, Immutable, Alias("chub.LabelBatch")]
public sealed record LabelBatch(
    [property: Id(0)] string BatchId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] long Printed,
    [property: Id(3)] long DeclaredMasked,
    [property: Id(4)] int SamplesChecked,
    [property: Id(5)] int CompliantSamples,
    [property: Id(6)] LabelViolationCounts Violations,
    [property: Id(7)] IReadOnlyList<ViolatingSample> ViolatingSamples,
    [property: Id(8)] string Actor,
    [property: Id(9)] string ContentDigest = "")
{
    /// <summary>
    /// The batch declares every waybill masked, yet some sample failed: its declaration is contradicted
    /// (申报与抽检不符). Whether that is a false declaration (虚报) the rulebook decides, on the failing samples
    /// against its configured margin; the name is kept because stored state carries it.
    /// </summary>
    public bool IsFalseDeclaration => Printed > 0 && DeclaredMasked == Printed && CompliantSamples < SamplesChecked;
}
