namespace ComplianceHub.Reports.Layout;

/// <summary>What goes on one page, in drawing order.</summary>
public sealed class PageLayout
{
    private readonly List<PlacedBox> _boxes = [];

    public IReadOnlyList<PlacedBox> Boxes => _boxes;

    public float Used { get; private set; }

    public bool IsEmpty => _boxes.Count == 0;

    internal void Add(LayoutBox box, float spaceBefore)
    {
        var top = IsEmpty ? 0 : Used + spaceBefore;
        _boxes.Add(new PlacedBox(box, top));
        Used = top + box.Height;
    }
}
