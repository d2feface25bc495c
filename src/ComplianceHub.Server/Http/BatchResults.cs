using ComplianceHub.Storage.Diagnostics;

namespace ComplianceHub.Server.Http;

/// <summary>How every idempotent batch endpoint answers: 201 the first time, 200 with the first result on a replay.</summary>
public static class BatchResults
{
    public static IResult CreatedOrReplayed<T>(bool replayed, string location, T body) =>
        replayed ? TypedResults.Ok(body) : TypedResults.Created(location, body);

    /// <summary>A data batch acknowledged: counted in <c>chub.batches</c> by kind and replay, then answered as above.</summary>
    public static IResult CreatedOrReplayed<T>(BatchKind kind, bool replayed, string location, T body)
    {
        HubMetrics.Batch(kind, replayed);
        return CreatedOrReplayed(replayed, location, body);
    }

    /// <summary>The OpenAPI side of <see cref="CreatedOrReplayed{T}(bool, string, T)"/>: the same body under 201 and 200.</summary>
    public static RouteHandlerBuilder ProducesCreatedOrReplayed<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<T>(StatusCodes.Status201Created).Produces<T>();
}
