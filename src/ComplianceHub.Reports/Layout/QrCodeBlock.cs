using QRCoder;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A QR code drawn as vector squares (sharp at any zoom, a few hundred bytes), beside lines of text
/// such as the report id and the URL the code encodes. Error correction M: a printed, stamped or
/// folded page still scans.
/// </summary>
public sealed class QrCodeBlock(string payload, IReadOnlyList<string> caption, float size = 84) : Block
{
    public string Payload => payload;

    public IReadOnlyList<string> Caption => caption;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
        var textWidth = width - size - 12;
        var lines = caption.SelectMany(text => context.BreakLines(text, TextStyle.Small, textWidth)).ToList();
        yield return new FlowItem(new QrCodeBox(context, modules, size, lines, width), SpaceBefore: 8);
    }
}
