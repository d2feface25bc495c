using System.Net.Sockets;
using Azure;
using ComplianceHub.Server.Http;
using Orleans.Runtime;
using Orleans.Storage;

namespace ComplianceHub.Server.Tests.Storage;

/// <summary>
/// What the SDK throws when it gives up varies with where the connection broke (StorageOutageTests meets them at
/// random): every mix of transport failures is a 503 to retry, anything else stays a bug (500) or the client's (4xx).
/// </summary>
public sealed class StorageFailureClassificationTests
{
    public static TheoryData<string, Exception, bool> Cases => new()
    {
        { "ETag conflict on the state row", new InconsistentStateException("changed by another writer"), true },
        { "storage answered 503", new RequestFailedException(503, "Server busy"), true },
        { "request never sent", new RequestFailedException("An error occurred while sending the request."), true },
        {
            "retries exhausted: send failure, then a reset mid-request",
            new AggregateException(new RequestFailedException("An error occurred while sending the request."), new SocketException((int)SocketError.NotConnected)),
            true
        },
        { "retries exhausted: I/O error", new AggregateException(new IOException("Connection reset by peer")), true },
        {
            "a grain could not read its state to activate",
            new OrleansException("Error from storage provider AzureTableGrainStorage.enterprise during ReadStateAsync", new AggregateException(new RequestFailedException("send failed"))),
            true
        },
        {
            "a grain's state read met a socket reset while connecting, passed through by the SDK",
            new OrleansException("Error from storage provider AzureTableGrainStorage.enterprise during ReadStateAsync", new SocketException((int)SocketError.NotConnected)),
            true
        },
        { "an Orleans error of its own", new OrleansException("No active nodes are compatible"), false },
        { "storage said 404", new RequestFailedException(404, "Not found"), false },
        { "storage said 409", new RequestFailedException(409, "Conflict"), false },
        { "a bug among the tries", new AggregateException(new RequestFailedException("send failed"), new InvalidOperationException("bug")), false },
        { "empty aggregate", new AggregateException(), false },
        { "a bug", new InvalidOperationException("bug"), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_storage_failures_become_a_503(string what, Exception exception, bool isStorageFailure)
    {
        Assert.True(isStorageFailure == StorageUnavailableExceptionHandler.IsStorageFailure(exception), what);
    }
}
