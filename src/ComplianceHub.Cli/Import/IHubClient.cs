using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Import;

/// <summary>The hub's people endpoints, as the import commands use them: accepted, or why not.</summary>
internal interface IHubClient
{
    /// <summary><c>PUT /api/v1/enterprises/{id}/staff</c>.</summary>
    Task<(HubAcceptance? Accepted, HubFailure? Failure)> PutStaffAsync(string enterpriseId, StaffRosterRequest roster, CancellationToken cancellationToken);

    /// <summary><c>POST /api/v1/enterprises/{id}/trainings</c>.</summary>
    Task<(HubAcceptance? Accepted, HubFailure? Failure)> PostTrainingAsync(string enterpriseId, TrainingSessionRequest session, CancellationToken cancellationToken);
}
