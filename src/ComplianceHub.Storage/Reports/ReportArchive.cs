using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Reports;

/// <summary>
/// Issued reports: the PDF in a blob (kept as handed out, never overwritten) and a registry row the
/// verification URL reads. The blob goes first, so a registry row never points at a missing PDF.
/// </summary>
public sealed class ReportArchive(StorageTables tables, StorageContainers containers)
{
    private const string Row = "report";

    private readonly TableClient _table = tables.Reports;
    private readonly BlobContainerClient _blobs = containers.Reports;

    public async Task StorePdfAsync(string reportId, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default)
    {
        try
        {
            await _blobs.UploadBlobAsync(BlobName(reportId), new BinaryData(pdf), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A retry of the same issue: report ids are fresh GUIDs, so the blob there is this PDF.
        }
    }

    public async Task RegisterAsync(IssuedReport report, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(report.ReportId, Row)
        {
            ["Kind"] = report.Kind,
            ["Subject"] = report.Subject,
            ["Sha256"] = report.Sha256,
            ["Bytes"] = report.Bytes,
            ["IssuedAt"] = report.IssuedAt,
            ["EvidenceSeq"] = report.EvidenceSeq,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IssuedReport?> FindAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(reportId, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue)
        {
            return null;
        }

        var e = row.Value!;
        return new IssuedReport(
            reportId, e.GetString("Kind"), e.GetString("Subject"), e.GetString("Sha256"), e.GetInt64("Bytes") ?? 0,
            e.GetDateTimeOffset("IssuedAt") ?? default, e.GetInt64("EvidenceSeq"));
    }

    public async Task<BinaryData?> ReadPdfAsync(string reportId, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await _blobs.GetBlobClient(BlobName(reportId)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static string BlobName(string reportId) => reportId + ".pdf";
}
