using System.Security.Cryptography;
using System.Text;
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
        return new IncomingMessage(where, ActorOf(a.From!), MentionText.RemoveRecipientMentions(a), mentions, a.Locale) { Key = MessageKeyOf(a) };
    }

    /// <summary>
    /// The message an activity is or is about, as the family records applied activities: a hash of its tenant,
    /// conversation and id (no ids kept in clear). For an edit or a delete: the message edited or deleted.
    /// </summary>
    public static string? MessageKeyOf(Activity a) => Key(a, "");

    /// <summary>
    /// The activity itself, for exactly once: a message's key is <see cref="MessageKeyOf"/>; an edit adds its new words
    /// and time (each edit is its own, a second delivery of one is not), a delete that it is one.
    /// </summary>
    public static string? KeyOf(Activity a) =>
        a.IsType(ActivityTypes.MessageUpdate) ? Key(a, "\nedit\n" + a.Timestamp?.ToString("O") + "\n" + a.Text)
        : a.IsType(ActivityTypes.MessageDelete) ? Key(a, "\ndelete")
        : Key(a, "");

    private static string? Key(Activity a, string suffix)
    {
        if (a.Id is not { Length: > 0 } id || a.Conversation?.Id is not { Length: > 0 } conversation) return null;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes((TenantOf(a) ?? "") + "\n" + conversation + "\n" + id + suffix));
        return Convert.ToBase64String(hash, 0, 16);
    }

    /// <summary>messageUpdate with eventType editMessage (an undelete is not an edit): the new words, read like a message.</summary>
    public static MessageEdited? Edit(Activity a, ConversationKey where) =>
        a.IsType(ActivityTypes.MessageUpdate) && a.ChannelData?.EventType is null or TeamsEventTypes.EditMessage &&
        a.From?.Id is { Length: > 0 } && !string.IsNullOrWhiteSpace(a.Text)
            ? new MessageEdited(Message(a, where))
            : null;

    /// <summary>messageDelete with eventType softDeleteMessage: which message, and who deleted it when Teams says.</summary>
    public static MessageDeleted? Deletion(Activity a, ConversationKey where) =>
        a.IsType(ActivityTypes.MessageDelete) && a.ChannelData?.EventType is null or TeamsEventTypes.SoftDeleteMessage && MessageKeyOf(a) is { } key
            ? new MessageDeleted(where, a.From?.Id is { Length: > 0 } ? ActorOf(a.From) : null, key)
            : null;

    /// <summary>
    /// The bot itself removed or added: installationUpdate remove / remove-upgrade or add / add-upgrade, or a
    /// conversationUpdate whose membersRemoved / membersAdded holds the bot's own id (the recipient). Null otherwise.
    /// </summary>
    public static BotPresenceChanged? BotPresence(Activity a, ConversationKey where)
    {
        var by = a.From?.Id is { Length: > 0 } && a.From.Id != a.Recipient?.Id ? ActorOf(a.From) : null;
        if (a.IsType(ActivityTypes.InstallationUpdate))
        {
            return a.Action?.ToLowerInvariant() switch
            {
                InstallationActions.Remove or InstallationActions.RemoveUpgrade => new BotPresenceChanged(where, by, false),
                InstallationActions.Add or InstallationActions.AddUpgrade => new BotPresenceChanged(where, by, true),
                _ => null,
            };
        }
        if (!a.IsType(ActivityTypes.ConversationUpdate) || a.Recipient?.Id is not { Length: > 0 } botId) return null;
        if ((a.MembersRemoved ?? []).Any(m => m.Id == botId)) return new BotPresenceChanged(where, by, false);
        if ((a.MembersAdded ?? []).Any(m => m.Id == botId)) return new BotPresenceChanged(where, by, true);
        return null;
    }

    public static IncomingCardAction? CardAction(Activity a, ConversationKey where)
    {
        if (a.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        // Universal Actions: {action: {type: "Action.Execute", verb, data}}; data also carries the inputs.
        if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object) return null;
        if (!action.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String) return null;
        var data = action.TryGetProperty("data", out var dataElement) ? Strings(dataElement) : [];
        // value.trigger: "automatic" when Teams refreshes the card as it is shown (the card's refresh), "manual" for a press.
        var automatic = value.TryGetProperty("trigger", out var trigger) && trigger.ValueKind == JsonValueKind.String && trigger.GetString() == "automatic";
        return new IncomingCardAction(where, ActorOf(a.From!), verbElement.GetString()!, data, a.ReplyToId) { Automatic = automatic };
    }

    /// <summary>A card's data and inputs as text: strings, numbers and booleans of at most 1000 characters, the first 32.</summary>
    public static Dictionary<string, string> Strings(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.ValueKind != JsonValueKind.Object) return values;
        foreach (var property in data.EnumerateObject().Take(32))
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (text is not null && text.Length <= 1000) values[property.Name] = text;
        }
        return values;
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
