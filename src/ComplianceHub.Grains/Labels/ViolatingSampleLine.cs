using System.Text.Json;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Domain.Labels;
using ComplianceHub.Grains.Evidence;

namespace ComplianceHub.Grains.Labels;

/// <summary>One line of a batch's violating-sample archive.</summary>
public sealed record ViolatingSampleLine(string SampleId, IReadOnlyList<string> Violations, string Name, string Phone, string Address, string Fingerprint)
{
    public static string ToJson(ViolatingSample sample) => EvidencePayload.Serialize(new ViolatingSampleLine(
        sample.SampleId,
        LabelViolationCodes.ToCodes(sample.Violations),
        sample.NameShape,
        sample.PhoneShape,
        sample.AddressShape,
        sample.Fingerprint));

    public static ViolatingSampleLine? Parse(string json) => JsonSerializer.Deserialize<ViolatingSampleLine>(json, JsonSerializerOptions.Web);
}
