using System.Text;
using Sylvan.Data.Csv;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// Reads CSV with Sylvan.Data.Csv. The delimiter (comma, semicolon, tab) is detected from the header line.
/// Text is UTF-8 (with or without BOM) or, failing that, GB18030: Excel on Chinese Windows saves "CSV" in GBK
/// unless "CSV UTF-8" is chosen, and GB18030 is a superset of GBK.
/// </summary>
internal static class CsvSheetReader
{
    // Far above any roster (100,000 rows of a few hundred bytes); stops a wrong file from filling memory.
    private const long MaxBytes = 256L * 1024 * 1024;

    // A record longer than this is not a roster row; Sylvan needs its buffer to hold the longest one.
    private const int MaxRecordChars = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<SheetRow> Read(Stream stream)
    {
        var text = Decode(stream);
        return ReadRecords(text);
    }

    private static IEnumerable<SheetRow> ReadRecords(string text)
    {
        using var reader = CsvDataReader.Create(
            new StringReader(text),
            new CsvDataReaderOptions { HasHeaders = false, MaxBufferSize = MaxRecordChars });
        var number = 0;
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (Exception e) when (e is CsvFormatException or CsvRecordTooLargeException)
            {
                throw new SheetReadException($"row {number + 1}: CSV 格式错误 malformed CSV ({e.GetType().Name})", e);
            }

            if (!more)
            {
                yield break;
            }

            // A quoted cell may span lines; a spreadsheet still shows the record as one row.
            number++;
            var cells = new string[reader.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            yield return new SheetRow(number, cells);
        }
    }

    private static string Decode(Stream stream)
    {
        if (stream.CanSeek && stream.Length > MaxBytes)
        {
            throw new SheetReadException($"文件过大 file larger than {MaxBytes / (1024 * 1024)} MiB");
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
