namespace ComplianceHub.Cli.Import;

/// <summary>The file as a whole cannot be read as a table (not CSV, not a workbook, too large, wrong extension).</summary>
#pragma warning disable CA1032 // Raised only by the sheet readers, always with a reason for the user.
internal sealed class SheetReadException(string message, Exception? inner = null) : Exception(message, inner)
#pragma warning restore CA1032
{
}
