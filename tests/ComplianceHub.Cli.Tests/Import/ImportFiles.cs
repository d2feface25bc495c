using System.Text;
using MiniExcelLibs;

namespace ComplianceHub.Cli.Tests.Import;

/// <summary>Import files written to a temporary folder for one test, deleted with it.</summary>
internal sealed class ImportFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chub-import-").FullName;

    public string Csv(string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetBytes(text));
        return path;
    }

    /// <summary>An .xlsx whose first row is the keys of the first row given; cell types are kept (DateTime, bool, double).</summary>
    public string Xlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, rows);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
