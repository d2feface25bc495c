using ComplianceHub.Reports.Fonts;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Tests.Pdf;

namespace ComplianceHub.Reports.Tests.Layout;

public sealed class ParagraphFlowTests
{
    [Fact]
    public void A_paragraph_at_the_foot_of_a_page_takes_at_least_two_lines_to_each_page()
    {
        using var context = new LayoutContext(ReportFonts.Shared, PageSetup.A4);
        var lines = new Paragraph(TextExtractionTests.Chinese).Flow(context, 300).ToList();
        Assert.True(lines.Count >= 5);
        var pitch = lines[0].Box.Height;
        var pageHeight = (lines.Count + 10) * pitch;

        foreach (var room in new[] { 1.5f, 2.5f, lines.Count - 1.5f, lines.Count - 0.5f })
        {
            // A filler leaves room for `room` lines at the foot of the first page.
            var flow = new List<FlowItem> { new(new FixedBox("filler", pageHeight - (room * pitch))) };
            flow.AddRange(lines.Select(l => l with { SpaceBefore = 0 }));

            var pages = Paginator.Paginate(flow, pageHeight);
            var onFirst = pages[0].Boxes.Count - 1;

            Assert.True(onFirst is 0 or >= 2, $"room {room}: {onFirst} line(s) left at the foot of page 1");
            Assert.True(lines.Count - onFirst is 0 or >= 2, $"room {room}: {lines.Count - onFirst} line(s) at the head of page 2");
        }
    }
}
