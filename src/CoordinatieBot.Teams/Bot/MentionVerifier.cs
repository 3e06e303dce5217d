using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Teams.Connector;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// A mention makes someone a member of the family (and so a receiver of its plan and notices). Teams only offers
/// people of the chat to @mention, but the entities of an activity are data: so every mentioned person is checked
/// with the Connector (GET v3/conversations/{id}/members/{userId}) before the conversation layer sees them.
/// Someone who is not in the conversation (404), or who cannot be checked right now, is dropped from the mentions:
/// the command then sees a plain name and asks "who do you mean?", and nothing is changed. Fail closed.
/// Answers are cached for a few minutes per conversation and person.
/// </summary>
public sealed class MentionVerifier(IConnectorClient connector, TimeProvider time, ILogger<MentionVerifier> log)
{
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (bool InConversation, DateTimeOffset At)> _cache = new();

    public async Task<IReadOnlyList<MentionedPerson>> InConversationAsync(string serviceUrl, ConversationKey where,
        IReadOnlyList<MentionedPerson> mentions, CancellationToken ct)
    {
        if (mentions.Count == 0) return mentions;
        var kept = new List<MentionedPerson>(mentions.Count);
        foreach (var person in mentions.Take(20))
        {
            if (await IsInConversationAsync(serviceUrl, where, person.UserId, ct)) kept.Add(person);
        }
        if (kept.Count < mentions.Count) log.LogWarning("Dropped {Count} mention(s) of people not in the conversation", mentions.Count - kept.Count);
        return kept;
    }

    /// <summary>
    /// The conversation member with this id (a Teams user id, or the Entra object id a people picker gives: the Connector
    /// takes either), as their Teams user id and name; null when they are not in the conversation or cannot be checked.
    /// </summary>
    public async Task<MentionedPerson?> MemberAsync(string serviceUrl, ConversationKey where, string id, CancellationToken ct)
    {
        try
        {
            return await connector.GetConversationMemberAsync(serviceUrl, where.ConversationId, id, ct) is { Id: { Length: > 0 } userId } member
                ? new MentionedPerson(string.IsNullOrWhiteSpace(member.Name) ? "?" : member.Name!, userId)
                : null;
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Picked person not checked: connector answered {Status}", e.StatusCode);
            return null;
        }
        catch (UntrustedServiceUrlException)
        {
            return null;
        }
    }

    private async Task<bool> IsInConversationAsync(string serviceUrl, ConversationKey where, string userId, CancellationToken ct)
    {
        var key = $"{where.TenantId}\n{where.ConversationId}\n{userId}";
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var known) && now - known.At < Remember) return known.InConversation;
        bool inConversation;
        try
        {
            inConversation = await connector.GetConversationMemberAsync(serviceUrl, where.ConversationId, userId, ct) is not null;
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Mention not checked: connector answered {Status}", e.StatusCode);
            return false; // not cached: the next message tries again
        }
        catch (UntrustedServiceUrlException)
        {
            return false;
        }
        _cache[key] = (inConversation, now);
        if (_cache.Count > 50_000) _cache.Clear();
        return inConversation;
    }
}
