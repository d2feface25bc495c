using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// Turns a JSON-path error (<c>staff[3].leftOn</c> from the Domain validators or the hub's problem details)
/// back into the sheet row and column it came from, and rewrites <c>staff[k]</c> in the message as <c>row N</c>.
/// </summary>
/// <param name="listName">The indexed list in paths: <c>staff</c> (one row per member) or <c>staffIds</c> (one per attendee).</param>
/// <param name="rowOfIndex">Sheet row of list element i.</param>
/// <param name="wholeRow">Row an error outside the list is shown at (a session's first row, or the header).</param>
/// <param name="columnOfField">Column of a field path, relative to a list element (or absolute outside the list).</param>
internal sealed partial class FieldErrorLocator(
    HeaderMap headers,
    string listName,
    IReadOnlyList<int> rowOfIndex,
    int wholeRow,
    IReadOnlyDictionary<string, ImportColumn> columnOfField)
{
    /// <summary>The row and column of the error; a path outside the list is shown at the whole row.</summary>
    public RowError Locate(FieldError error) =>
        LocateElement(error) ?? new RowError(wholeRow, ColumnOf(Strip(error.Field)), RewriteIndexes(error.Message));

    /// <summary>The row and column when the path names an element of the list (<c>staff[3].leftOn</c>), else null.</summary>
    public RowError? LocateElement(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var element = ElementPath().Match(Strip(error.Field));
        if (element.Success && element.Groups["list"].Value == listName
            && int.TryParse(element.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < rowOfIndex.Count)
        {
            return new RowError(rowOfIndex[index], ColumnOf(element.Groups["rest"].Value), RewriteIndexes(error.Message));
        }

        return null;
    }

    // The hub's problem details may write paths from the root ($.staff[3].leftOn).
    private static string Strip(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private string? ColumnOf(string fieldPath) =>
        columnOfField.TryGetValue(fieldPath, out var column) ? headers.NameOf(column) : null;

    // "staff[0]" becomes "row 2"; "staff[3].leftOn" becomes "leftOn", the row being named already.
    private string RewriteIndexes(string message) =>
        ElementReference().Replace(message, m =>
            m.Groups["list"].Value != listName
            || !int.TryParse(m.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            || i >= rowOfIndex.Count
                ? m.Value
                : m.Groups["rest"].Success
                    ? m.Groups["rest"].Value
                    : string.Create(CultureInfo.InvariantCulture, $"row {rowOfIndex[i]}"));

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d+)\]\.?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ElementPath();

    [GeneratedRegex(@"(?<list>[A-Za-z]+)\[(?<index>\d+)\](?:\.(?<rest>[A-Za-z.]+[A-Za-z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex ElementReference();
}
