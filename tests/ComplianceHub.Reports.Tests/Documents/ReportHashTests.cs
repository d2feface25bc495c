using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Samples;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Reports.Tests.Documents;

public sealed class ReportHashTests
{
    [Fact]
    public void Is_the_standard_sha256_in_lowercase_hex() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ReportHash.Sha256("abc"u8));

    [Fact]
    public void Same_pdf_bytes_give_the_same_hash_and_one_altered_byte_another()
    {
        using var output = new MemoryStream();
        SelfAssessmentReport.Render(DemoEnterprises.Outlet(), SampleReports.Issue("RPT-TEST-HASH"), output);
        var pdf = output.ToArray();
        var altered = (byte[])pdf.Clone();
        altered[altered.Length / 2] ^= 0x01;

        Assert.Equal(ReportHash.Sha256(pdf), ReportHash.Sha256((byte[])pdf.Clone()));
        Assert.NotEqual(ReportHash.Sha256(pdf), ReportHash.Sha256(altered));
    }

    [Fact]
    public void Verification_url_points_at_the_report()
    {
        Assert.Equal("https://hub.example.gov.cn/api/v1/reports/RPT-1/verify", new ReportIssue("RPT-1", "https://hub.example.gov.cn/").VerificationUrl);
    }
}
