using System.Globalization;
using MiniExcelLibs;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// Reads the first worksheet of an .xlsx with MiniExcel (fully managed: no native libraries). MiniExcel yields
/// an empty row for every row number the sheet skips, so the n-th row yielded is the sheet's row n.
/// </summary>
internal static class XlsxSheetReader
{
    public static IEnumerable<SheetRow> Read(Stream stream)
    {
        IEnumerator<dynamic> rows;
        try
        {
            rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Unreadable(e);
        }

        using (rows)
        {
            var number = 0;
            while (true)
            {
                IDictionary<string, object?> row;
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }

                    row = (IDictionary<string, object?>)rows.Current;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A corrupt archive or sheet XML surfaces as any of a dozen exception types.
                    throw Unreadable(e);
                }

                number++;
                yield return new SheetRow(number, [.. row.Values.Select(CellText)]);
            }
        }
    }

    /// <summary>
    /// Typed cells back to the text a person typed: a date cell without time as yyyy-MM-dd, with time as
    /// local yyyy-MM-dd HH:mm:ss (read later as China time), numbers without a trailing ".0".
    /// </summary>
    internal static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number when Math.Abs(number) < 1e15 && number == Math.Round(number, 10) =>
            ((decimal)number).ToString(CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static SheetReadException Unreadable(Exception e) =>
        new($"无法读取 .xlsx 工作簿 cannot read the .xlsx workbook ({e.GetType().Name}: {e.Message})", e);
}
