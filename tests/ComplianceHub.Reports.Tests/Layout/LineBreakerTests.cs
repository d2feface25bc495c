using ComplianceHub.Reports.Fonts;
using ComplianceHub.Reports.Layout;
using SkiaSharp;

namespace ComplianceHub.Reports.Tests.Layout;

public sealed class LineBreakerTests : IDisposable
{
    private readonly SKFont _font = new(ReportFonts.Shared.Regular, 10) { Subpixel = true, LinearMetrics = true };

    // Noto Sans CJK ideographs advance exactly one em, so n ideographs fill n * size points.
    private float Ideographs(int n) => n * _font.MeasureText("检");

    [Theory]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('、')]
    [InlineData('；')]
    [InlineData('：')]
    [InlineData('？')]
    [InlineData('！')]
    [InlineData('）')]
    [InlineData('」')]
    [InlineData('』')]
    [InlineData('》')]
    [InlineData('”')]
    public void Closing_punctuation_that_would_start_a_line_pulls_the_previous_character_down(char mark)
    {
        // Ten ideographs fill the line exactly, so a naive breaker would start line two with the mark.
        var text = new string('检', 10) + mark + "查报告";

        var lines = LineBreaker.Break(text, _font, Ideographs(10) + 0.01f);

        Assert.Equal(2, lines.Count);
        Assert.Equal(new string('检', 9), lines[0].Text);
        Assert.Equal("检" + mark + "查报告", lines[1].Text);
    }

    [Theory]
    [InlineData('（')]
    [InlineData('「')]
    [InlineData('『')]
    [InlineData('《')]
    [InlineData('〈')]
    [InlineData('【')]
    [InlineData('“')]
    public void Opening_bracket_that_would_end_a_line_moves_to_the_next(char mark)
    {
        var text = new string('检', 9) + mark + "查报告";

        var lines = LineBreaker.Break(text, _font, Ideographs(10) + 0.01f);

        Assert.Equal(new string('检', 9), lines[0].Text);
        Assert.StartsWith(mark.ToString(), lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_text_breaks_at_spaces_and_never_inside_a_word()
    {
        const string Text = "access logging and incident response for departed employees";

        var lines = LineBreaker.Break(Text, _font, _font.MeasureText("access logging and inc"));

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.False(l.Text.StartsWith(' ') || l.Text.EndsWith(' ')));
        Assert.Equal(Text, string.Join(' ', lines.Select(l => l.Text)));
        Assert.Equal("access logging and", lines[0].Text);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_rather_than_overflowing()
    {
        const string Word = "internationalizationofidentifiers";
        var width = _font.MeasureText("internationalization");

        var lines = LineBreaker.Break("see " + Word, _font, width);

        Assert.Equal("see", lines[0].Text);
        Assert.Equal(Word, string.Concat(lines.Skip(1).Select(l => l.Text)));
        Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f, $"'{l.Text}' is {l.Width} wide"));
    }

    [Fact]
    public void Chinese_breaks_between_any_characters_and_fills_lines()
    {
        var lines = LineBreaker.Break(new string('检', 25), _font, Ideographs(10) + 0.01f);

        Assert.Equal([10, 10, 5], lines.Select(l => l.Text.Length));
    }

    [Fact]
    public void Mixed_text_may_break_between_Chinese_and_a_Latin_word_but_not_inside_it()
    {
        var lines = LineBreaker.Break("检查检查检查ComplianceHub检查", _font, Ideographs(8));

        Assert.Equal("检查检查检查", lines[0].Text);
        Assert.StartsWith("ComplianceHub", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Doubled_dash_and_ellipsis_stay_together()
    {
        var dash = LineBreaker.Break(new string('检', 9) + "——查", _font, Ideographs(10) + 0.01f);
        var dots = LineBreaker.Break(new string('检', 9) + "……查", _font, Ideographs(10) + 0.01f);

        Assert.Equal("检——查", dash[1].Text);
        Assert.Equal("检……查", dots[1].Text);
    }

    [Fact]
    public void Newline_forces_a_break()
    {
        var lines = LineBreaker.Break("第一行\n第二行\r\n第三行", _font, 1000);

        Assert.Equal(["第一行", "第二行", "第三行"], lines.Select(l => l.Text));
    }

    public void Dispose() => _font.Dispose();
}
