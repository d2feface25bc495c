using System.Text.Json;
using ComplianceHub.Domain.Evidence;
using Orleans.Serialization;

namespace ComplianceHub.Abstractions.Serialization;

/// <summary>
/// ComplianceHub.Domain stays free of Orleans, yet its records (a roster, an incident, a finding) travel
/// in grain calls and live in grain state. Rather than mirror each in a serializable twin, Orleans
/// carries them as System.Text.Json, which also tolerates fields added later in persisted state.
/// Enums keep Orleans' own encoding (existing state stores them so), and <see cref="EvidenceEntry"/>
/// keeps its surrogate, whose field ids are part of the stored evidence head.
/// </summary>
public static class DomainSerialization
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ISerializerBuilder AddDomainTypesAsJson(this ISerializerBuilder builder) =>
        builder.AddJsonSerializer(IsCarriedAsJson, Options);

    public static bool IsCarriedAsJson(Type type) =>
        type.Namespace?.StartsWith("ComplianceHub.Domain", StringComparison.Ordinal) == true
        && type.IsClass
        && type != typeof(EvidenceEntry);
}
