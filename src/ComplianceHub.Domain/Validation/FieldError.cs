namespace ComplianceHub.Domain.Validation;

/// <summary>
/// One problem with client input, named by its JSON path (e.g. <c>staff[3].leftOn</c>) so the server can
/// turn a list of these into RFC 7807 problem details and the CLI into <c>line N: reason</c>.
/// </summary>
/// <param name="Field">JSON path of the offending field, camelCase as on the wire.</param>
/// <param name="Message">Chinese first, English in brackets: the reader may be a clerk or an integrator.</param>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
