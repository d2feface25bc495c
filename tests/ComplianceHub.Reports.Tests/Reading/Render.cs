using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;

namespace ComplianceHub.Reports.Tests.Reading;

/// <summary>Renders blocks into a PDF held in memory.</summary>
public static class Render
{
    public static byte[] Pdf(params Block[] blocks) => Pdf(Document(blocks));

    public static byte[] Pdf(ReportDocument document)
    {
        using var output = new MemoryStream();
        PdfReportWriter.Write(document, output);
        return output.ToArray();
    }

    public static ReportDocument Document(params Block[] blocks)
    {
        var document = new ReportDocument
        {
            Title = "寄递用户个人信息安全检查报告",
            Author = "测试邮政管理局",
            HeaderRight = "报告编号 TEST-0001",
            CreatedAt = new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero),
        };
        foreach (var block in blocks)
        {
            document.Blocks.Add(block);
        }

        return document;
    }
}
