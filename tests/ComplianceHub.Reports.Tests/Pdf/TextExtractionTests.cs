using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Tests.Reading;

namespace ComplianceHub.Reports.Tests.Pdf;

/// <summary>What a reader extracts from the PDF is the text that was laid out, character for character.</summary>
public sealed class TextExtractionTests
{
    // A typical finding paragraph. 页 面 长 风 走 言 方 角 工 十 八 一 老 火 share glyphs with radicals
    // (⻚ U+2EDA, ⾯ U+2FAF, …) in Noto Sans CJK, 胶 with 㬵 U+3B35: the CJK-radical trap.
    public const string Chinese =
        "页面检查报告：本次检查依据《中华人民共和国个人信息保护法》第五十一条和《邮政业寄递安全监督管理办法》，" +
        "对该企业寄递用户个人信息保护情况进行了现场检查。检查发现：该企业已全面使用隐私面单，面单上收件人姓名、" +
        "电话和地址均按要求去标识化；员工保密协议签署率为百分之九十八，仍有两名新入职员工未签署；" +
        "长期未登录的系统账号十八个未及时关闭，一名已离职人员的账号在离职后仍登录过两次。" +
        "网点负责人表示将在十五个工作日内完成整改，并对全体人员开展培训。角落里的胶带、火漆、风干的老旧面单走访时已清理，" +
        "方言沟通记录已存档，八月起按月自查（风险等级：中）。";

    public const string English =
        "The inspection covered waybill masking, staff confidentiality agreements, access logging and incident " +
        "response. Two newly hired couriers had not signed the agreement; eighteen dormant system accounts were " +
        "still open, and one account of a departed employee logged in twice after the departure date.";

    [Fact]
    public void Chinese_paragraph_extracts_exactly_as_written()
    {
        var text = PdfText.Read(Render.Pdf(new Paragraph(Chinese)));

        var lines = text.ContentLines();
        Assert.True(lines.Count >= 4, $"expected the paragraph to wrap over several lines, got {lines.Count}");
        Assert.Equal(Chinese, string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void No_radical_or_compatibility_code_points_appear_in_the_text_layer()
    {
        var extracted = string.Concat(PdfText.Read(Render.Pdf(new Paragraph(Chinese))).Lines.Select(l => l.Text));

        var radicals = extracted.EnumerateRunes().Where(r => r.Value is >= 0x2E80 and <= 0x2FDF or >= 0x3400 and <= 0x4DBF).ToList();
        Assert.Empty(radicals);
        Assert.Contains("页面检查报告", extracted, StringComparison.Ordinal);
    }

    [Fact]
    public void English_paragraph_extracts_exactly_with_words_whole()
    {
        var lines = PdfText.Read(Render.Pdf(new Paragraph(English))).ContentLines();

        Assert.True(lines.Count >= 2);
        // Lines break at spaces, which are not drawn at the break: joining lines with one space gives the source.
        Assert.Equal(English, string.Join(' ', lines.Select(l => l.Text)));
    }

    [Fact]
    public void Headings_and_mixed_paragraphs_keep_their_order()
    {
        var pdf = Render.Pdf(new Heading("一、基本情况"), new Paragraph("ComplianceHub 报告 v1.0：检查 3 项，发现 1 项问题。"));

        var lines = PdfText.Read(pdf).ContentLines().Select(l => l.Text).ToList();

        Assert.Equal(["一、基本情况", "ComplianceHub 报告 v1.0：检查 3 项，发现 1 项问题。"], lines);
    }
}
