using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.Directory;
using ComplianceHub.Storage.Evidence;

namespace ComplianceHub.Grains.Enterprises;

public sealed class EnterpriseGrain(
    [PersistentState("enterprise")] IPersistentState<EnterpriseState> state,
    EvidenceLogStore evidence,
    EnterpriseDirectory directory,
    TimeProvider clock) : Grain, IEnterpriseGrain
{
    // False between a state write and the moment its evidence entry and directory row are stored.
    private bool _published = true;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A previous activation may have stored state and died before publishing it: finish the job
        // now, before anyone reads state the evidence log does not yet prove.
        if (state.State.Head is { } head && await evidence.GetAsync(Id, head.Seq, cancellationToken) is null)
        {
            _published = false;
            await PublishAsync();
        }
    }

    public async Task<RegistrationResult> Register(RegisterEnterprise command)
    {
        await PublishAsync();
        var current = state.State;
        if (current.Profile == command.Profile)
        {
            return new RegistrationResult(View()!, Created: false, Changed: false);
        }

        var now = clock.GetUtcNow();
        var created = current.Profile is null;
        var previousDivision = current.Profile?.Division;
        var moved = previousDivision is not null && previousDivision != command.Profile.Division;
        var payload = new ProfileChangedPayload(
            command.Profile.Name,
            EnterpriseKinds.ToWireName(command.Profile.Kind),
            command.Profile.Division,
            command.Profile.BrandId,
            moved ? previousDivision : null);
        var entry = EvidenceChain.Next(
            current.Head, Id, now, created ? EvidenceKinds.EnterpriseRegistered : EvidenceKinds.EnterpriseUpdated,
            command.Actor, EvidencePayload.Serialize(payload));

        await CommitAsync(current with
        {
            Profile = command.Profile,
            RegisteredAt = created ? now : current.RegisteredAt,
            UpdatedAt = now,
            Head = entry,
            VacatedDivision = moved ? previousDivision : current.VacatedDivision,
        });
        return new RegistrationResult(View()!, created, Changed: true);
    }

    public Task<EnterpriseView?> Get() => Task.FromResult(View());

    private EnterpriseView? View()
    {
        var s = state.State;
        return s.Profile is null || s.Head is null
            ? null
            : new EnterpriseView(Id, s.Profile, s.RegisteredAt, s.UpdatedAt, s.Head.Seq, s.Head.Hash);
    }

    /// <summary>
    /// Acknowledged means durable: the new state (carrying its evidence entry) is written, then the
    /// entry and the directory row; only then does the caller hear success.
    /// </summary>
    private async Task CommitAsync(EnterpriseState next)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The write may or may not have landed; reload from storage on the next call rather than guess.
            state.State = previous;
            DeactivateOnIdle();
            throw;
        }

        _published = false;
        await PublishAsync();
    }

    private async Task PublishAsync()
    {
        if (_published || state.State is not { Profile: { } profile, Head: { } head } current)
        {
            return;
        }

        // Directory first, evidence last: the evidence entry being present is what marks the
        // whole publish as done when the grain next activates.
        await directory.UpsertAsync(new DirectoryEntry(
            Id, profile.Division, profile.Name, EnterpriseKinds.ToWireName(profile.Kind), profile.BrandId, current.UpdatedAt));
        if (current.VacatedDivision is { } vacated && vacated != profile.Division)
        {
            await directory.RemoveAsync(vacated, Id);
        }

        await evidence.AppendOneAsync(head);
        _published = true;
    }
}
