namespace ComplianceHub.Storage.Directory;

/// <summary>One page of a directory listing; <paramref name="Cursor"/> fetches the next, null at the end.</summary>
public sealed record DirectoryPage(IReadOnlyList<DirectoryEntry> Items, string? Cursor);
