namespace ComplianceHub.Server.Demo;

/// <summary>
/// How well a demo enterprise masks its waybills, so that the demo shows every kind of label finding.
/// </summary>
/// <param name="CompliantPercent">Share of samples printed as GB/T 41833-2022 requires.</param>
/// <param name="DeclaredPercent">Share of printed waybills the enterprise declares masked.</param>
public sealed record DemoLabelProfile(int CompliantPercent, int DeclaredPercent)
{
    /// <summary>Exemplary: every label masked, declared truthfully.</summary>
    public static DemoLabelProfile Exemplary { get; } = new(100, 100);

    /// <summary>Mostly masked; a few labels slip through and are declared as such.</summary>
    public static DemoLabelProfile Slipping { get; } = new(94, 96);

    /// <summary>Poor coverage, honestly declared.</summary>
    public static DemoLabelProfile Poor { get; } = new(62, 70);

    /// <summary>Declares every waybill masked while samples show otherwise: a false declaration.</summary>
    public static DemoLabelProfile FalselyDeclared { get; } = new(85, 100);

    public static DemoLabelProfile For(int serial) => (serial % 5) switch
    {
        0 => Poor,
        1 => FalselyDeclared,
        2 => Slipping,
        _ => Exemplary,
    };
}
