namespace ComplianceHub.Storage.Diagnostics;

/// <summary>The kinds of batch the hub counts; their tags are the only values <c>chub.batch.kind</c> takes.</summary>
public sealed class BatchKind
{
    public static readonly BatchKind LabelBatch = new("label-batch");
    public static readonly BatchKind Roster = new("roster");
    public static readonly BatchKind Training = new("training");
    public static readonly BatchKind AccessLog = new("access-log");

    private BatchKind(string tag) => Tag = tag;

    public string Tag { get; }

    public override string ToString() => Tag;
}
