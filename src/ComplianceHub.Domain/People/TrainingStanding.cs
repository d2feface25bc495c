namespace ComplianceHub.Domain.People;

/// <summary>Where one person stands against the training duty (L3) at one instant.</summary>
public enum TrainingStanding
{
    /// <summary>Attended a training within the window.</summary>
    Trained,

    /// <summary>Not trained yet, but still inside the new joiner's grace for a first training: not overdue.</summary>
    InNewJoinerGrace,

    /// <summary>Untrained (or last trained before the window) and past the day training fell due.</summary>
    Overdue,
}
