namespace ComplianceHub.Storage.Tests.GrainStorage;

public sealed class NoteGrain([PersistentState("x")] IPersistentState<Note> note) : Grain, INoteGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public async Task SetAsync(string text)
    {
        note.State.Text = text;
        await note.WriteStateAsync();
    }

    public Task<NoteSnapshot> GetAsync() =>
        Task.FromResult(new NoteSnapshot(note.State.Text, note.RecordExists, _activationId));
}
