using SkiaSharp;

namespace ComplianceHub.Reports.Fonts;

/// <summary>The regular and bold faces cut down to one document's characters (see <see cref="TrueTypeSubsetter"/>).</summary>
public sealed class DocumentFaces(SKTypeface regular, SKTypeface bold) : IDisposable
{
    public SKTypeface Regular { get; } = regular;

    public SKTypeface Bold { get; } = bold;

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }
}
