using System.Globalization;
using ComplianceHub.Reports.Charts;
using ComplianceHub.Reports.Data;
using ScottPlot;

namespace ComplianceHub.Reports.Documents;

/// <summary>The two charts the reports draw: the coverage trend (declared vs verified) and the violation mix.</summary>
internal static class ReportCharts
{
    public static IReadOnlyList<CoveragePoint> Trend(LabelSeries labels) =>
        [.. labels.Days.Select(d => new CoveragePoint(d.Day, d.DeclaredCoverage, d.VerifiedCoverage))];

    /// <summary>Declared and sample-verified masked share per day, in percent; the gap between the lines is what inspectors look at.</summary>
    public static ChartBlock CoverageTrend(IReadOnlyList<CoveragePoint> points, string title)
    {
        var plot = new Plot();
        AddLine(plot, points, p => p.Declared, Colors.SteelBlue);
        AddLine(plot, points, p => p.Verified, Colors.Red);
        plot.Title(title + "（蓝：申报覆盖率，红：抽检合格率）");
        plot.YLabel("%");

        // Day-index x with our own date labels: ScottPlot's date axis would format by the machine's culture.
        var step = Math.Max(1, points.Count / 6);
        var ticks = Enumerable.Range(0, points.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(
            [.. ticks.Select(i => (double)i)],
            [.. ticks.Select(i => points[i].Day.ToString("M月d日", CultureInfo.InvariantCulture))]);
        var lowest = points.SelectMany(p => new[] { p.Declared, p.Verified }).Where(v => v is not null).Select(v => v!.Value * 100).DefaultIfEmpty(0).Min();
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((lowest - 3) / 5) * 5), 101);
        plot.Axes.SetLimitsX(-1, Math.Max(1, points.Count));
        // The colours are named in the title rather than a legend: ScottPlot places CJK legend text higher than
        // the box it measured for it, so the first item's top was cut off.
        return new ChartBlock(plot, 190);
    }

    /// <summary>Violations found in samples by kind (a label may break several rules), and contradicted declarations.</summary>
    public static ChartBlock ViolationMix(LabelSeries labels)
    {
        var plot = new Plot();
        double[] values = [labels.NameVisible, labels.PhoneUnderMasked, labels.AddressRoomVisible, labels.IdNumberPrinted, labels.DeclarationsContradicted];
        string[] names = ["姓名未隐藏", "电话隐藏不足", "户室号未隐藏", "印有身份证号", "申报不符批次"];
        var bars = plot.Add.Bars(values);
        Color[] palette = [Colors.SteelBlue, Colors.OrangeRed, Colors.DarkGoldenRod, Colors.Purple, Colors.DarkRed];
        for (var i = 0; i < bars.Bars.Count; i++)
        {
            bars.Bars[i].FillColor = palette[i];
            bars.Bars[i].Label = values[i].ToString("N0", CultureInfo.InvariantCulture);
        }

        bars.ValueLabelStyle.FontName = Fonts.ReportFonts.Family;

        plot.Axes.Bottom.SetTicks([0, 1, 2, 3, 4], names);
        plot.Axes.Margins(bottom: 0, top: 0.3); // room above the tallest bar for its value label, which ScottPlot sets high
        plot.Axes.Bottom.MinimumSize = 36; // room for the Chinese tick labels' full height
        plot.Title("抽检不合格构成 violation mix");
        plot.YLabel("件 / 批");
        return new ChartBlock(plot, 170);
    }

    private static void AddLine(Plot plot, IReadOnlyList<CoveragePoint> points, Func<CoveragePoint, double?> value, Color color)
    {
        var known = Enumerable.Range(0, points.Count).Where(i => value(points[i]) is not null).ToArray();
        if (known.Length == 0)
        {
            return;
        }

        double[] xs = [.. known.Select(i => (double)i)];
        double[] ys = [.. known.Select(i => value(points[i])!.Value * 100)];
        var line = plot.Add.Scatter(xs, ys);
        line.Color = color;
        line.MarkerSize = 0;
        line.LineWidth = 2;
    }
}
