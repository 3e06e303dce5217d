using CoordinatieBot.Conversation.Ports;

namespace CoordinatieBot.Teams.Graph;

/// <summary>The directory when Graph cannot be used at all (no credentials, switched off): every lookup says why.</summary>
public sealed class UnavailablePeopleDirectory(string reason) : IPeopleDirectory
{
    public string Reason { get; } = reason;

    public Task<PersonLookup> GetPersonAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        Task.FromResult(PersonLookup.Unavailable(Reason));

    public Task<PersonLookup> GetManagerAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        Task.FromResult(PersonLookup.Unavailable(Reason));
}
