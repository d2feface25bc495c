using ComplianceHub.Reports.Charts;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Tests.Reading;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ComplianceHub.Reports.Tests.Pdf;

public sealed class BlockRenderingTests
{
    [Fact]
    public void Key_value_block_puts_each_label_beside_its_value_and_badges_read_as_text()
    {
        var pdf = Render.Pdf(new KeyValueBlock(
        [
            new("企业名称", "某某快递有限公司义乌分公司"),
            new("统一社会信用代码", "91330782MA2XXXXXX1"),
            new("风险等级", Cell.Badge(RiskLevel.High)),
        ]));

        var lines = PdfText.Read(pdf).ContentLines().Select(l => l.Text).ToList();

        Assert.Equal(["企业名称某某快递有限公司义乌分公司", "统一社会信用代码91330782MA2XXXXXX1", "风险等级高风险"], lines);
    }

    [Fact]
    public void Badges_show_each_risk_level_in_its_colour()
    {
        var pdf = Render.Pdf(
            new BadgeBlock("低：", RiskLevel.Low), new BadgeBlock("中：", RiskLevel.Medium), new BadgeBlock("高：", RiskLevel.High));

        var lines = PdfText.Read(pdf).ContentLines().Select(l => l.Text).ToList();
        using var document = PdfDocument.Open(pdf);
        var fills = document.GetPage(1).Paths.Where(p => p.IsFilled).Select(p => p.FillColor?.ToRGBValues()).ToList();

        Assert.Equal(["低：低风险", "中：中风险", "高：高风险"], lines);
        Assert.Contains(fills, c => c is { } rgb && rgb.g > rgb.r && rgb.g > rgb.b); // green
        Assert.Contains(fills, c => c is { } rgb && rgb.r > 0.6 && rgb.g is > 0.3 and < 0.5 && rgb.b < 0.1); // amber
        Assert.Contains(fills, c => c is { } rgb && rgb.r > 0.7 && rgb.g < 0.25 && rgb.b < 0.25); // red
    }

    [Fact]
    public void Image_is_embedded_at_its_size()
    {
        using var bitmap = new SKBitmap(64, 32);
        bitmap.Erase(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);

        using var document = PdfDocument.Open(Render.Pdf(new ImageBlock(image, 120)));

        var placed = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal(120, placed.BoundingBox.Width, 0.5);
        Assert.Equal(60, placed.BoundingBox.Height, 0.5);
    }

    [Fact]
    public void Chart_is_vector_drawn_once_and_its_labels_extract_correctly()
    {
        var plot = new ScottPlot.Plot();
        double[] days = [.. Enumerable.Range(0, 90).Select(i => (double)i)];
        double[] coverage = [.. days.Select(d => 90 + (5 * Math.Sin(d / 9)))];
        plot.Add.Scatter(days, coverage);
        plot.Title("页面覆盖率");

        var pdf = Render.Pdf(new ChartBlock(plot, 200));

        var text = string.Concat(PdfText.Read(pdf).ContentLines().Select(l => l.Text));
        using var document = PdfDocument.Open(pdf);
        Assert.Contains("页面覆盖率", text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("页面覆盖率", StringComparison.Ordinal), text.LastIndexOf("页面覆盖率", StringComparison.Ordinal)); // drawn once
        Assert.Empty(document.GetPage(1).GetImages());
        Assert.True(document.GetPage(1).Paths.Count > 10, "the chart should be drawn as vector paths");
    }
}
