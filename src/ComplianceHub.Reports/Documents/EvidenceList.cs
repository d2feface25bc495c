using System.Globalization;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;

namespace ComplianceHub.Reports.Documents;

/// <summary>
/// 证据清单: the cover of an evidence bundle for a court. It lists every file with its SHA-256, the timeline of
/// what the log records (findings, orders, inspections, regulators' reads and exports), and how to verify the
/// bundle without the hub: the key's fingerprint and the command.
/// </summary>
public static class EvidenceList
{
    public const string Title = "电子数据证据清单";

    public static byte[] Render(EvidenceListData data)
    {
        using var output = new MemoryStream();
        PdfReportWriter.Write(Build(data), output);
        return output.ToArray();
    }

    public static ReportDocument Build(EvidenceListData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var document = new ReportDocument
        {
            Title = Title,
            Author = "ComplianceHub",
            Subject = data.EnterpriseId,
            CreatedAt = data.CreatedAt,
            HeaderLeft = Title,
            HeaderRight = data.CaseNumber is { } c ? "案号 " + c : data.EnterpriseId,
        };
        var blocks = document.Blocks;
        blocks.Add(new Paragraph(Title, TextStyle.Title, TextAlign.Center));
        blocks.Add(new Paragraph($"企业 {data.EnterpriseId} · 证据日志第 {N(data.From)}–{N(data.To)} 条", TextStyle.Body, TextAlign.Center));

        blocks.Add(new Heading("一、基本情况"));
        blocks.Add(new KeyValueBlock(
        [
            new("案号", data.CaseNumber ?? "—"),
            new("调取事由", data.Reason),
            new("调取人", data.CreatedBy),
            new("生成时间", ReportFormat.Time(data.CreatedAt)),
            new("条目范围", $"第 {N(data.From)} 条至第 {N(data.To)} 条，共 {N(data.To - data.From + 1)} 条"),
            new("签名树头", $"树大小 {N(data.TreeSize)}，签名时间 {ReportFormat.Time(data.SignedAt)}"),
            new("Merkle 根哈希", data.RootHash),
            new("签名算法与密钥", $"{data.KeyAlgorithm}，密钥标识 {data.KeyId}"),
            new("公钥指纹 (SHA-256)", data.KeyFingerprint),
        ]));

        blocks.Add(new Heading("二、文件清单"));
        var files = data.Files.Select((f, i) => (IReadOnlyList<Cell>)
        [
            N(i + 1), f.Path, N(f.Bytes), Cell.Text(f.Sha256, TextStyle.Small),
        ]);
        blocks.Add(new Table([new("序号", 0.6f), new("文件", 2.2f), new("字节", 1f, TextAlign.Right), new("SHA-256", 4.2f)], files.ToList()));

        blocks.Add(new Heading("三、时间线"));
        blocks.Add(new Paragraph("下表列出证据日志中发现问题、检查、责令改正、核验、报告签发及监管与检察机关调取记录等条目（日常数据报送条目从略，见 entries.jsonl）。", TextStyle.Small));
        var rows = data.Timeline.Select(t => (IReadOnlyList<Cell>)
        [
            N(t.Seq), ReportFormat.Time(t.Time), t.Source, t.Kind, Cell.Text(t.Hash[..16] + "…", TextStyle.Small),
        ]);
        blocks.Add(new Table(
            [new("编号", 0.8f, TextAlign.Right), new("时间", 1.8f), new("来源", 2f), new("类别", 1.8f), new("条目哈希", 1.6f)], rows.ToList()));
        if (data.OmittedItems > 0)
        {
            blocks.Add(new Paragraph($"另有 {N(data.OmittedItems)} 条同类条目未列出，完整内容见 entries.jsonl。", TextStyle.Small));
        }

        blocks.Add(new Heading("四、核验方法"));
        blocks.Add(new Paragraph("本证据包无需访问平台即可离线核验：逐条重算条目哈希与链接，以包含证明对照签名树头的 Merkle 根（RFC 9162），以公钥核验树头与清单签名，如附一致性证明与可信时间戳亦一并核验。"));
        blocks.Add(new KeyValueBlock(
        [
            new("核验命令", "chub evidence verify 证据包.zip --key public-key.json"),
            new("公钥指纹", data.KeyFingerprint),
            new("格式说明", "docs/evidence-format.md（chub-evidence-bundle-v1）"),
        ]));
        blocks.Add(new Paragraph("核验时请将公钥指纹与平台公布的指纹（/api/v1/evidence/keys）或送达文书所载指纹比对一致。", TextStyle.Small));
        return document;
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
