namespace ComplianceHub.Reports.Data;

/// <summary>What 证据清单 shows: the bundle's subject and range, its signed head and key, every file, and the timeline.</summary>
public sealed record EvidenceListData(
    string EnterpriseId,
    long From,
    long To,
    long TreeSize,
    string RootHash,
    DateTimeOffset SignedAt,
    string KeyId,
    string KeyAlgorithm,
    string KeyFingerprint,
    string? CaseNumber,
    string Reason,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<EvidenceListFile> Files,
    IReadOnlyList<EvidenceListItem> Timeline,
    long OmittedItems);
