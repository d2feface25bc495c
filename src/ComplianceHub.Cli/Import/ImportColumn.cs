namespace ComplianceHub.Cli.Import;

/// <summary>A column an import file may have, known by its English (wire) name or its Chinese header.</summary>
/// <param name="Name">The English header, as the field is named on the wire (camelCase).</param>
/// <param name="ChineseName">The Chinese header a clerk's spreadsheet uses instead.</param>
/// <param name="Required">The header must be present.</param>
internal sealed record ImportColumn(string Name, string ChineseName, bool Required);
