namespace ComplianceHub.Domain.Inspections;

/// <summary>An inspector's answer to one checklist item.</summary>
public enum ChecklistAnswer
{
    Yes,
    No,
    Partly,
    NotApplicable,
}
