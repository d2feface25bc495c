using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Enterprises;

/// <summary>
/// The start of every endpoint through which an enterprise sends its own data (labels, staff, trainings,
/// access logs, incidents): the enterprise must exist and be the caller (or an admin), and the body must
/// parse, before anything is validated or stored.
/// </summary>
public static class DataSubmission
{
    public static async Task<DataSubmission<T>> ReadAsync<T>(string id, HttpRequest request, IGrainFactory grains, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        var read = await EnterpriseAccess.ReadAsync(id, request.HttpContext, grains);
        if (read.Problem is not null)
        {
            return new DataSubmission<T>(null, null, read.Problem);
        }

        if (!read.Caller!.CanSubmitData(read.Id))
        {
            return new DataSubmission<T>(null, null, Problems.Forbidden("只有企业本身可提交数据 (only the enterprise itself submits its data)."));
        }

        var body = await JsonBody.ReadAsync<T>(request, maxBytes, cancellationToken);
        return body.Problem is not null ? new DataSubmission<T>(null, null, body.Problem) : new DataSubmission<T>(read, body.Value!, null);
    }
}
