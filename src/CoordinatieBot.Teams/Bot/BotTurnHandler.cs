using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Teams.Cards;
using CoordinatieBot.Teams.Connector;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// One authenticated activity in, the bot's answers out through the connector: replies in the thread,
/// the living plan card updated in place, and for card actions the refreshed card as the invoke response.
/// </summary>
public sealed class BotTurnHandler(
    CoordinationService coordination,
    IConnectorClient connector,
    IConversationReferenceStore references,
    ILivingCardStore livingCards,
    MentionVerifier mentions,
    TimeProvider time,
    ConnectorClientOptions connectorOptions,
    ILogger<BotTurnHandler> log)
{
    private static readonly TimeSpan AddressRefresh = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string ServiceUrl, DateTimeOffset SavedAt)> _savedAddresses = new();

    /// <summary>message, messageUpdate, messageDelete, conversationUpdate, installationUpdate: answered through the connector.</summary>
    /// <param name="replied">Called once the turn's effect is saved and its replies are sent, before the living card
    /// is brought up to date (an update in place, harmless to repeat).</param>
    public async Task HandleAsync(Activity activity, CancellationToken ct, Func<Task>? replied = null)
    {
        // What a saved change means for others goes out after this turn's replies (see AfterReply), and also when
        // sending the replies failed: the change holds, and a second delivery only repeats the replies.
        using var after = AfterReply.Begin();
        try
        {
            await HandleTurnAsync(activity, replied, ct);
        }
        finally
        {
            await after.Work.RunAsync(log, ct);
        }
    }

    private async Task HandleTurnAsync(Activity activity, Func<Task>? replied, CancellationToken ct)
    {
        if (ActivityMapper.ConversationOf(activity) is not { } where) return;
        try
        {
            await RememberAddressAsync(activity, where, ct);
        }
        catch (StorageUnavailableException)
        {
            // Best effort: the turn goes on, and says so itself when it cannot reach the family's data either.
            log.LogWarning("Conversation reference not saved: storage unavailable");
        }

        if (activity.IsType(ActivityTypes.Message))
        {
            if (string.IsNullOrWhiteSpace(activity.Text)) return; // e.g. a legacy Action.Submit: nothing to say
            TurnResult result;
            using (TypingWhileSlow(activity.ServiceUrl!, where.ConversationId))
            {
                var message = ActivityMapper.Message(activity, where);
                message = message with { Mentions = await mentions.InConversationAsync(activity.ServiceUrl!, where, message.Mentions, ct) };
                result = await coordination.HandleMessageAsync(message, ct);
            }
            if (replied is null)
            {
                await DeliverAsync(activity, result, ct);
                return;
            }
            await DeliverAsync(activity, result with { PlanChanged = null }, ct);
            await replied();
            if (result.PlanChanged is { } plan) await DeliverAsync(activity, TurnResult.Nothing with { PlanChanged = plan }, ct);
        }
        else if (ActivityMapper.Edit(activity, where) is { } edit)
        {
            var message = edit.Message with { Mentions = await mentions.InConversationAsync(activity.ServiceUrl!, where, edit.Message.Mentions, ct) };
            var result = await coordination.HandleEditAsync(edit with { Message = message }, ct);
            await DeliverAsync(activity, result, ct);
        }
        else if (ActivityMapper.Deletion(activity, where) is { } deletion)
        {
            await coordination.HandleDeleteAsync(deletion, ct);
        }
        else
        {
            if (activity.IsType(ActivityTypes.ConversationUpdate))
                await coordination.HandleMembershipAsync(ActivityMapper.Membership(activity, where), ct);
            if (ActivityMapper.BotPresence(activity, where) is { } presence)
                await coordination.HandleBotPresenceAsync(presence, ct);
        }
    }

    /// <summary>
    /// Shows "…is typing" once when the answer is not there within <see cref="ConnectorClientOptions.TypingAfter"/> (storage
    /// retries, a busy host): wall-clock time, not the bot's clock, because it is about how long a person waits.
    /// </summary>
    private IDisposable TypingWhileSlow(string serviceUrl, string conversationId)
    {
        var after = connectorOptions.TypingAfter;
        var done = new CancellationTokenSource();
        if (after <= TimeSpan.Zero) return new CancelOnDispose(done);
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(after, done.Token);
                await connector.SendToConversationAsync(serviceUrl, conversationId, OutgoingActivity.Typing(), done.Token);
            }
            catch (OperationCanceledException)
            {
                // answered in time, or the typing would come after the answer
            }
            catch (Exception e) when (e is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
            {
                log.LogDebug("Typing indicator not sent: {Error}", e.GetType().Name);
            }
        });
        return new CancelOnDispose(done);
    }

    /// <summary>Cancels without disposing: the typing task may still hold the token (a source without a timer needs no disposal).</summary>
    private sealed class CancelOnDispose(CancellationTokenSource source) : IDisposable
    {
        public void Dispose() => source.Cancel();
    }

    /// <summary>A message that only asks something: answering it changes nothing (see <see cref="CoordinationService.IsQuestion"/>).</summary>
    public bool IsQuestion(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(activity.Text) &&
        ActivityMapper.ConversationOf(activity) is { } where && coordination.IsQuestion(ActivityMapper.Message(activity, where));

    /// <summary>invoke adaptiveCard/action: the refreshed card goes back in the HTTP response.</summary>
    public async Task<InvokeResponse> HandleInvokeAsync(Activity activity, CancellationToken ct)
    {
        if (ActivityMapper.ConversationOf(activity) is not { } where)
            return InvokeResponse.Error("BadRequest", "Missing conversation or tenant.");
        if (!string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.Ordinal))
            return InvokeResponse.Error("NotSupported", "This invoke is not supported.", 400);
        if (ActivityMapper.CardAction(activity, where) is not { } action)
            return InvokeResponse.Error("BadRequest", "The card action is not valid.");
        // A refresh (Teams asking as the card is shown, or "Vernieuwen") is one viewer's read: their view goes back in
        // the response, and nothing is saved, posted or updated for the others.
        if (CardVerbs.IsRefresh(action)) return ForViewer(await coordination.RefreshCardAsync(action, ct));

        await RememberAddressAsync(activity, where, ct);
        action = await VerifiedChoiceAsync(activity.ServiceUrl!, where, action, ct);
        action = await VerifiedFormAsync(activity.ServiceUrl!, where, action, ct);
        var result = await coordination.HandleCardActionAsync(action, ct);
        if (result.ActionError is { } error) return InvokeResponse.Message(error);

        // A form that comes back with a question is for the one who sent it: the others keep the card as it was.
        if (result.RefreshedCard is FormCardView { Notice: not null } back)
            return InvokeResponse.AdaptiveCard(CardRenderer.Render(back));
        if (result.RefreshedCard is { } refreshed && activity.ReplyToId is { Length: > 0 } cardId)
        {
            // The living plan card stays the plan, whatever a form on it says.
            if (refreshed is not PlanCardView && result.PlanChanged is { } changed && await IsLivingCardAsync(changed.Family.Id, cardId, ct))
                refreshed = changed;
            // The PUT changes the card for everyone (the shared view); the invoke response for the clicker only (theirs).
            await TryUpdateAsync(activity.ServiceUrl!, where.ConversationId, cardId, CardRenderer.Render(refreshed), ct);
            var isLiving = refreshed is PlanCardView plan && await IsLivingCardAsync(plan.Family.Id, cardId, ct);
            await DeliverAsync(activity, result with { PlanChanged = isLiving ? null : result.PlanChanged }, ct);
            return InvokeResponse.AdaptiveCard(CardRenderer.Render(refreshed is PlanCardView shared ? shared with { ViewerUserId = action.From.UserId } : refreshed));
        }

        await DeliverAsync(activity, result, ct);
        return result.RefreshedCard is { } view ? InvokeResponse.AdaptiveCard(CardRenderer.Render(view)) : InvokeResponse.Message("OK");
    }

    private static InvokeResponse ForViewer(TurnResult view) => view.RefreshedCard is { } card
        ? InvokeResponse.AdaptiveCard(CardRenderer.Render(card))
        : InvokeResponse.Message(view.ActionError ?? "");

    /// <summary>
    /// An offered meaning may name a person by id (from a mention in the message it answers). Card data is data: the
    /// person is checked like a typed mention, and without the check only their name is left (resolved among the members).
    /// </summary>
    private async Task<IncomingCardAction> VerifiedChoiceAsync(string serviceUrl, ConversationKey where, IncomingCardAction action, CancellationToken ct)
    {
        if (action.Verb != CardVerbs.Choose || !action.Data.TryGetValue(CardVerbs.Keys.To, out var userId)) return action;
        var person = new Conversation.Parsing.MentionedPerson(action.Data.GetValueOrDefault(CardVerbs.Keys.ToName) ?? "", userId);
        if ((await mentions.InConversationAsync(serviceUrl, where, [person], ct)).Count == 1) return action;
        return action with { Data = action.Data.Where(kv => kv.Key != CardVerbs.Keys.To).ToDictionary(kv => kv.Key, kv => kv.Value) };
    }

    /// <summary>
    /// A sent form keeps only its own fields. The person picked as owner is looked up in the conversation (the picker
    /// gives an Entra object id, the Connector answers the member): found, the form names them by their Teams user id;
    /// not found, the conversation layer sees only what was picked, and asks before anyone outside the thread is an owner.
    /// </summary>
    public async Task<IncomingCardAction> VerifiedFormAsync(string serviceUrl, ConversationKey where, IncomingCardAction action, CancellationToken ct)
    {
        if (Conversation.Forms.FormFields.KindOf(action.Verb) is null) return action;
        var data = action.Data.Where(kv => Conversation.Forms.FormFields.Inputs.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        if (data.TryGetValue(Conversation.Forms.FormFields.Owner, out var picked) && !string.IsNullOrWhiteSpace(picked) &&
            await mentions.MemberAsync(serviceUrl, where, picked.Trim(), ct) is { } member)
        {
            data[Conversation.Forms.FormFields.OwnerUserId] = member.UserId;
            data[Conversation.Forms.FormFields.OwnerName] = member.Name;
        }
        return action with { Data = data };
    }

    /// <summary>The replies in the inbound's conversation (as replies to it when it has an id), then the living card brought up to date.</summary>
    public async Task DeliverAsync(Activity inbound, TurnResult result, CancellationToken ct)
    {
        var serviceUrl = inbound.ServiceUrl!;
        var conversationId = inbound.Conversation!.Id!;
        var lastText = result.Replies.OfType<TextReply>().LastOrDefault();
        foreach (var reply in result.Replies)
        {
            switch (reply)
            {
                case TextReply text:
                    var message = ReplyActivities.Text(text);
                    // The next steps go under the last words of the answer.
                    if (ReferenceEquals(text, lastText)) message.SuggestedActions = ReplyActivities.Suggested(result.Suggestions);
                    await SendAsync(serviceUrl, conversationId, inbound.Id, message, ct);
                    break;
                case CardReply { Card: PlanCardView plan }:
                    var sent = await SendAsync(serviceUrl, conversationId, inbound.Id, CardMessage(plan), ct);
                    if (sent?.Id is { Length: > 0 } id)
                        await livingCards.SetAsync(plan.Family.Id, new LivingCard(conversationId, id), ct);
                    break;
                case CardReply card:
                    await SendAsync(serviceUrl, conversationId, inbound.Id, CardMessage(card.Card), ct);
                    break;
            }
        }

        if (result.PlanChanged is { } changed && await livingCards.GetAsync(changed.Family.Id, ct) is { } living)
            await TryUpdateAsync(serviceUrl, living.ConversationId, living.ActivityId, CardRenderer.Render(changed), ct);
    }

    private async Task<ResourceResponse?> SendAsync(string serviceUrl, string conversationId, string? replyToId, Activity message, CancellationToken ct)
    {
        try
        {
            return replyToId is { Length: > 0 }
                ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, message, ct)
                : await connector.SendToConversationAsync(serviceUrl, conversationId, message, ct);
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Reply not delivered: connector answered {Status}", e.StatusCode);
            return null;
        }
        catch (UntrustedServiceUrlException)
        {
            log.LogWarning("Reply not sent: untrusted service URL");
            return null;
        }
    }

    private async Task TryUpdateAsync(string serviceUrl, string conversationId, string activityId, System.Text.Json.Nodes.JsonObject card, CancellationToken ct)
    {
        try
        {
            var update = OutgoingActivity.Message(Attachment.AdaptiveCard(card));
            update.Id = activityId;
            await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, update, ct);
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Card not updated in place: connector answered {Status}", e.StatusCode);
        }
        catch (UntrustedServiceUrlException)
        {
            log.LogWarning("Card not updated: untrusted service URL");
        }
    }

    private async Task<bool> IsLivingCardAsync(string familyId, string activityId, CancellationToken ct) =>
        await livingCards.GetAsync(familyId, ct) is { } living && living.ActivityId == activityId;

    private static Activity CardMessage(CardView view) => OutgoingActivity.Message(Attachment.AdaptiveCard(CardRenderer.Render(view)));

    /// <summary>Stores the conversation reference for proactive messages; skipped when nothing changed lately.</summary>
    private async Task RememberAddressAsync(Activity activity, ConversationKey where, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var key = $"{where.TenantId}|{where.ConversationId}|{activity.From?.Id}";
        if (_savedAddresses.TryGetValue(key, out var saved) && saved.ServiceUrl == activity.ServiceUrl && now - saved.SavedAt < AddressRefresh)
            return;
        await references.SaveAsync(ActivityMapper.Address(activity, where, now), ct);
        _savedAddresses[key] = (activity.ServiceUrl!, now);
    }
}
