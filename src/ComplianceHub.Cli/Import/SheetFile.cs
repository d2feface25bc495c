namespace ComplianceHub.Cli.Import;

/// <summary>Opens an import file by its extension: <c>.csv</c> with Sylvan, <c>.xlsx</c> with MiniExcel.</summary>
internal static class SheetFile
{
    /// <summary>
    /// All rows of the file (the first worksheet of a workbook), header included. Rows are read in full
    /// before anything is checked: a roster is at most 100,000 rows, and nothing is sent unless every row is good.
    /// </summary>
    /// <exception cref="SheetReadException">Missing, unreadable or of an unsupported type.</exception>
    public static IReadOnlyList<SheetRow> ReadAll(string path, IProgress<long>? rowsRead)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".CSV" or ".XLSX"))
        {
            throw new SheetReadException($"只支持 .csv 和 .xlsx 文件 only .csv and .xlsx files are supported: {path}");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var rows = extension == ".CSV" ? CsvSheetReader.Read(stream) : XlsxSheetReader.Read(stream);
            var all = new List<SheetRow>();
            foreach (var row in rows)
            {
                all.Add(row);
                if (all.Count % 256 == 0)
                {
                    rowsRead?.Report(all.Count);
                }
            }

            rowsRead?.Report(all.Count);
            return all;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SheetReadException($"找不到文件 file not found: {path}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SheetReadException($"无法读取文件 cannot read file: {path} ({e.Message})", e);
        }
    }
}
