using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// The procesmanager's buttons: they are not a member of the family, so only the family's own procesmanager may act,
/// on a family of the tenant the button was pressed in.
/// </summary>
public sealed class ProcesmanagerGate(IFamilyRepository families, GuardResolver procesmanagers)
{
    /// <summary>The family's procesmanager when it is the one pressing; otherwise what to tell them.</summary>
    public async Task<(Procesmanager? Procesmanager, TurnResult? Refusal)> CheckAsync(TurnContext turn, DomainError noFamily, CancellationToken ct)
    {
        var loaded = turn.FamilyId is { } id ? await families.GetAsync(id, ct) : null;
        if (loaded is null || loaded.Family.State.TenantId != turn.Where.TenantId) return (null, Say.Refused(turn.Language, noFamily));
        var pm = await procesmanagers.ForFamilyAsync(loaded.Family.State, ct);
        return pm is not null && ProcesmanagerResolver.Is(pm, turn.Actor) ? (pm, null) : (null, Say.Refused(turn.Language, DomainError.NotAMember));
    }

    /// <summary>How the procesmanager is recorded in the family: by Entra object id when Teams gave one.</summary>
    public static string ActorId(Actor actor) => string.IsNullOrEmpty(actor.AadObjectId) ? actor.UserId : actor.AadObjectId!;
}
