namespace ComplianceHub.Storage.Tests.GrainStorage;

[Alias("storage-tests.INoteGrain")]
public interface INoteGrain : IGrainWithStringKey
{
    [Alias("Set")]
    Task SetAsync(string text);

    [Alias("Get")]
    Task<NoteSnapshot> GetAsync();
}
