using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>Caption lines on the left, the QR code's dark modules on the right as one filled path.</summary>
internal sealed class QrCodeBox(LayoutContext context, bool[][] modules, float size, IReadOnlyList<TextLine> lines, float width) : LayoutBox
{
    public override float Height => Math.Max(size, lines.Count * TextStyle.Small.LinePitch);

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            context.DrawLine(canvas, lines[i], TextStyle.Small, x, top + (i * TextStyle.Small.LinePitch));
        }

        var left = x + width - size;
        var module = size / modules.Length;
        using var path = new SKPath();
        for (var row = 0; row < modules.Length; row++)
        {
            // One rectangle per horizontal run of dark modules keeps the page's content stream short.
            var column = 0;
            while (column < modules[row].Length)
            {
                if (!modules[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < modules[row].Length && modules[row][column])
                {
                    column++;
                }

                path.AddRect(SKRect.Create(left + (start * module), top + (row * module), (column - start) * module, module));
            }
        }

        canvas.DrawPath(path, context.Fill(0xFF000000));
    }
}
