using ComplianceHub.Reports.Fonts;
using ComplianceHub.Reports.Layout;
using SkiaSharp;

namespace ComplianceHub.Reports.Tests.Layout;

/// <summary>Where identifiers, numbers and short asides may and may not break, and compressed punctuation.</summary>
public sealed class BreakOpportunityTests : IDisposable
{
    private readonly SKFont _font = new(ReportFonts.Shared.Regular, 10) { Subpixel = true, LinearMetrics = true };

    [Fact]
    public void A_long_identifier_breaks_after_a_hyphen_rather_than_being_cut_mid_token()
    {
        var lines = LineBreaker.Break("P-WAYBILL-PRIVACY", _font, _font.MeasureText("P-WAYBILL-PRIV"));

        Assert.Equal(["P-WAYBILL-", "PRIVACY"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_hyphen_before_digits_is_not_a_break_opportunity()
    {
        var lines = LineBreaker.Break("YZ-GZ-2026-088", _font, _font.MeasureText("YZ-GZ-2026-0"));

        Assert.Equal(["YZ-GZ-", "2026-088"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_slash_or_underscore_inside_a_token_is_a_break_opportunity()
    {
        Assert.Equal(["https://hub.example/", "verify"], LineBreaker.Break("https://hub.example/verify", _font, _font.MeasureText("https://hub.example/ve")).Select(l => l.Text));
        Assert.Equal(["NAME_", "VISIBLE"], LineBreaker.Break("NAME_VISIBLE", _font, _font.MeasureText("NAME_VIS")).Select(l => l.Text));
    }

    [Fact]
    public void A_number_stays_with_its_unit_and_its_ordinal()
    {
        // 检检检2026年: the line ends inside 2026年; the number and its unit move down together.
        var year = LineBreaker.Break("检检检2026年", _font, _font.MeasureText("检检检2026"));
        var ordinal = LineBreaker.Break("检检检第3项", _font, _font.MeasureText("检检检第"));

        Assert.Equal(["检检检", "2026年"], year.Select(l => l.Text));
        Assert.Equal(["检检检", "第3项"], ordinal.Select(l => l.Text));
    }

    [Fact]
    public void A_short_bracketed_aside_is_never_broken()
    {
        var lines = LineBreaker.Break("义乌某某快递网点（演示）", _font, _font.MeasureText("义乌某某快递网点（演"));

        Assert.Equal(["义乌某某快递网点", "（演示）"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Kept_on_one_line_text_breaks_only_at_newlines_and_its_minimum_width_is_its_widest_line()
    {
        const string Text = "91330782MA2XYW0017\nYZ-GZ-2026-088";
        var lines = LineBreaker.Break(Text, _font, 20, keepOnOneLine: true);

        Assert.Equal(["91330782MA2XYW0017", "YZ-GZ-2026-088"], lines.Select(l => l.Text));
        Assert.Equal(_font.MeasureText("91330782MA2XYW0017"), LineBreaker.MinContentWidth(Text, _font, keepOnOneLine: true), 2);
        Assert.Equal(_font.MeasureText("2026-088"), LineBreaker.MinContentWidth("YZ-GZ-2026-088", _font, keepOnOneLine: false), 2);
    }

    [Theory]
    [InlineData("），")]
    [InlineData("）；")]
    [InlineData("；《")]
    [InlineData("。”")]
    public void Adjacent_full_width_marks_are_set_half_an_em_tighter(string marks)
    {
        var em = _font.MeasureText("检");
        var line = LineBreaker.Break("检" + marks + "检", _font, 1000).Single();
        var natural = _font.MeasureText("检" + marks + "检");
        var compresses = PunctuationCompression.Compresses(marks[0], marks[1]);

        Assert.Equal(natural - (compresses ? em / 2 : 0), line.Width, 2);
        Assert.Equal(compresses, line.GlyphX is not null);
        if (compresses)
        {
            Assert.Equal(em + (em / 2), line.GlyphX![2], 2); // the second mark starts half an em early
        }
    }

    [Fact]
    public void Opening_and_closing_brackets_facing_each_other_are_not_compressed()
    {
        Assert.False(PunctuationCompression.Compresses('（', '）'));
        Assert.True(PunctuationCompression.Compresses('）', '（'));
    }

    [Fact]
    public void Column_widths_give_each_column_its_minimum_and_share_the_rest_by_weight()
    {
        var widths = ColumnWidths.Distribute(100, [1, 1, 2], [40, 10, 10]);

        Assert.Equal(40, widths[0], 3);
        Assert.Equal(20, widths[1], 3);
        Assert.Equal(40, widths[2], 3);
    }

    public void Dispose() => _font.Dispose();
}
