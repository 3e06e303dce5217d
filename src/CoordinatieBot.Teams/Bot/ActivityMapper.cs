using System.Text.Json;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Bot;

/// <summary>Translates protocol activities into the conversation layer's turns. The only place both meet.</summary>
public static class ActivityMapper
{
    public static string? TenantOf(Activity a) => a.Conversation?.TenantId ?? a.ChannelData?.Tenant?.Id;

    public static ConversationKey? ConversationOf(Activity a)
    {
        if (TenantOf(a) is not { Length: > 0 } tenant || a.Conversation?.Id is not { Length: > 0 } id) return null;
        var kind = a.Conversation.ConversationType switch
        {
            ConversationTypes.Channel => ConversationKind.Channel,
            ConversationTypes.GroupChat => ConversationKind.GroupChat,
            ConversationTypes.Personal => ConversationKind.Personal,
            _ => a.Conversation.IsGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal,
        };
        return new ConversationKey(tenant, id, kind, a.ChannelData?.Team?.Id);
    }

    public static Actor ActorOf(ChannelAccount account) =>
        new(account.Id!, string.IsNullOrWhiteSpace(account.Name) ? "?" : account.Name!, account.AadObjectId);

    public static IncomingMessage Message(Activity a, ConversationKey where)
    {
        var botId = a.Recipient?.Id;
        var mentions = a.GetMentions()
            .Where(m => m.MentionedId != botId && !string.IsNullOrEmpty(m.MentionedId))
            .Select(m => new MentionedPerson(m.MentionedName ?? StripAt(m.Text), m.MentionedId))
            .ToList();
        return new IncomingMessage(where, ActorOf(a.From!), MentionText.RemoveRecipientMentions(a), mentions, a.Locale);
    }

    public static IncomingCardAction? CardAction(Activity a, ConversationKey where)
    {
        if (a.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        // Universal Actions: {action: {type: "Action.Execute", verb, data}}; data also carries the inputs.
        if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object) return null;
        if (!action.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String) return null;
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (action.TryGetProperty("data", out var dataElement) && dataElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in dataElement.EnumerateObject().Take(32))
            {
                var text = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => null,
                };
                if (text is not null && text.Length <= 1000) data[property.Name] = text;
            }
        }
        return new IncomingCardAction(where, ActorOf(a.From!), verbElement.GetString()!, data, a.ReplyToId);
    }

    public static MembershipChange Membership(Activity a, ConversationKey where)
    {
        var botId = a.Recipient?.Id;
        var added = (a.MembersAdded ?? []).Where(m => m.Id is { Length: > 0 } && m.Id != botId).Select(ActorOf).ToList();
        var removed = (a.MembersRemoved ?? []).Where(m => m.Id is { Length: > 0 } && m.Id != botId).Select(m => m.Id!).ToList();
        return new MembershipChange(where, added, removed);
    }

    public static ConversationReference Address(Activity a, ConversationKey where, DateTimeOffset now) => new()
    {
        TenantId = where.TenantId,
        ConversationId = where.ConversationId,
        ConversationType = a.Conversation?.ConversationType ?? (where.Kind == ConversationKind.Personal ? ConversationTypes.Personal : ConversationTypes.GroupChat),
        Kind = where.Kind,
        ServiceUrl = a.ServiceUrl!,
        BotId = a.Recipient?.Id,
        UserId = a.From?.Id,
        AadObjectId = a.From?.AadObjectId,
        TeamId = a.ChannelData?.Team?.Id,
        ChannelId = a.ChannelData?.Channel?.Id,
        LastSeenAt = now,
    };

    private static string StripAt(string text) => text.Replace("<at>", "").Replace("</at>", "").Trim();
}
