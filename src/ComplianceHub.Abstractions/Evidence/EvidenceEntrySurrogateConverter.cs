using ComplianceHub.Domain.Evidence;

namespace ComplianceHub.Abstractions.Evidence;

[RegisterConverter]
public sealed class EvidenceEntrySurrogateConverter : IConverter<EvidenceEntry, EvidenceEntrySurrogate>
{
    public EvidenceEntry ConvertFromSurrogate(in EvidenceEntrySurrogate surrogate) =>
        new(surrogate.EnterpriseId, surrogate.Seq, surrogate.Time, surrogate.Kind, surrogate.Actor,
            surrogate.Payload, surrogate.PayloadDigest, surrogate.PrevHash, surrogate.Hash);

    public EvidenceEntrySurrogate ConvertToSurrogate(in EvidenceEntry value) =>
        new(value.EnterpriseId, value.Seq, value.Time, value.Kind, value.Actor,
            value.Payload, value.PayloadDigest, value.PrevHash, value.Hash);
}
