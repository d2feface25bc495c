using System.Diagnostics;

namespace ComplianceHub.Server.Operations;

/// <summary>
/// A request span keeps its route pattern (<c>http.route</c>, and the span name made of it) and loses what a client
/// typed: the path and query (an id may be a phone number sent in its place), the Host header and the user agent.
/// </summary>
public static class SpanRedaction
{
    private static readonly string[] ClientTypedTags = ["url.path", "url.query", "url.full", "server.address", "user_agent.original"];

    public static void RemoveClientTypedTags(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var tag in ClientTypedTags)
        {
            activity.SetTag(tag, null);
        }
    }
}
