using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.People;

/// <summary>Turns a training request into the domain session, checked against the roster in force.</summary>
public static class TrainingMapper
{
    public static TrainingSession? ToSession(TrainingRequest request, StaffRoster roster, DateTimeOffset now, ValidationOptions options, ProblemErrors errors)
    {
        if (request.HeldOn is null)
        {
            errors.Add("heldOn", "培训日期必填 (heldOn is required, yyyy-MM-dd)");
        }

        if (request.Hours is null)
        {
            errors.Add("hours", "课时必填 (hours is required)");
        }

        if (request.StaffIds is not { } ids)
        {
            errors.Add("staffIds", "参训人员必填 (staffIds is required)");
            return null;
        }

        if (errors.Any)
        {
            return null;
        }

        var session = new TrainingSession(request.BatchId ?? "", request.HeldOn!.Value, request.Hours!.Value, request.Topic ?? "", ids.Select(i => i ?? "").ToList());
        errors.AddRange(TrainingSessionValidator.Validate(session, now, roster, options));

        return errors.Any ? null : session;
    }
}
