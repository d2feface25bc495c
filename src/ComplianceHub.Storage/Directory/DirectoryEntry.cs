namespace ComplianceHub.Storage.Directory;

/// <summary>One enterprise as the directory lists it: enough to page through a division without activating grains.</summary>
public sealed record DirectoryEntry(
    string EnterpriseId,
    string Division,
    string Name,
    string Kind,
    string? BrandId,
    DateTimeOffset UpdatedAt);
