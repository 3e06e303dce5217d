using System.Text.Json;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Forms;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Tasks;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Teams.Cards;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using static CoordinatieBot.Conversation.Texts.CardTexts;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// The message extension's action "Maak taak van dit bericht" (manifest composeExtensions, on a message and in the compose
/// box): <c>composeExtension/fetchTask</c> answers the task form as a dialog, filled in from the message;
/// <c>composeExtension/submitAction</c> sends it like the form in the chat (the same operation, once), then posts the
/// confirmation in the family's thread. Outside a family's chat the dialog says where to use it.
/// </summary>
public sealed class MessageExtensionHandler(FormCommands forms, CoordinationService coordination, BotTurnHandler turns, TaskSearch search,
    ILogger<MessageExtensionHandler> log)
{
    /// <summary>The command ids in the manifest: the action on a message, and the search "Zoek taak".</summary>
    public const string TaskFromMessage = "taskFromMessage";
    public const string FindTask = "findTask";

    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken ct)
    {
        if (ActivityMapper.ConversationOf(activity) is not { } where || activity.From?.Id is not { Length: > 0 } ||
            activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return InvokeResponse.Empty(400);
        var l = activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.English : Language.Dutch;
        var command = value.TryGetProperty("commandId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        var turn = new TurnContext(where, ActivityMapper.ActorOf(activity.From!), l);
        log.LogInformation("Message extension {Invoke} in {ConversationKind}", activity.Name, where.Kind);
        if (activity.Name == InvokeNames.ComposeExtensionQuery && command == FindTask) return await FindAsync(turn, value, ct);
        if (command != TaskFromMessage) return InvokeResponse.DialogMessage(UserText.ToPlain(Messages.Refused(l, Domain.DomainError.NoSuchAction)));
        return activity.Name switch
        {
            InvokeNames.ComposeExtensionFetchTask => await FetchAsync(turn, value, ct),
            InvokeNames.ComposeExtensionSubmitAction => await SubmitAsync(activity, turn, value, ct),
            _ => InvokeResponse.Empty(400),
        };
    }

    private async Task<InvokeResponse> FetchAsync(TurnContext turn, JsonElement value, CancellationToken ct)
    {
        if (turn.IsPersonal) return InvokeResponse.DialogMessage(FormCard.OutsideFamily(turn.Language));
        var message = MessagePayload.Read(value);
        var mentions = message?.Mentions.Select(m => new MentionedPerson(m.Name, m.AadObjectId)).ToList() ?? [];
        var read = await forms.TaskFromMessageAsync(turn, message?.Text ?? "", mentions, ct);
        if (read.Value is { } form) return Dialog(form);
        return InvokeResponse.DialogMessage(read.Refusal is { } refusal ? UserText.ToPlain(refusal) : FormCard.OutsideFamily(turn.Language));
    }

    private async Task<InvokeResponse> SubmitAsync(Activity activity, TurnContext turn, JsonElement value, CancellationToken ct)
    {
        if (turn.IsPersonal) return InvokeResponse.DialogMessage(FormCard.OutsideFamily(turn.Language));
        var data = value.TryGetProperty("data", out var d) ? ActivityMapper.Strings(d) : [];
        var action = new IncomingCardAction(turn.Where, turn.Actor, CardVerbs.FormTask, data, null);
        action = await turns.VerifiedFormAsync(activity.ServiceUrl!, turn.Where, action, ct);
        var result = await coordination.HandleCardActionAsync(action, ct);
        if (result.ActionError is { } error) return InvokeResponse.DialogMessage(UserText.ToPlain(error));
        if (result.RefreshedCard is FormCardView { Notice: not null } back) return Dialog(back);
        if (result.AlreadyApplied || result.RefreshedCard is not FormCardView { Done: { } done }) return InvokeResponse.Empty();

        // The dialog closes; the thread hears what was made (a new message, not a reply to the invoke).
        var inThread = new Activity { ServiceUrl = activity.ServiceUrl, Conversation = activity.Conversation };
        await turns.DeliverAsync(inThread, result with { Replies = [new TextReply(done)], RefreshedCard = null }, ct);
        return InvokeResponse.Empty();
    }

    /// <summary>"Zoek taak": the chat's open tasks that fit what was typed, each a task card with its buttons to put in the chat.</summary>
    private async Task<InvokeResponse> FindAsync(TurnContext turn, JsonElement value, CancellationToken ct)
    {
        var l = turn.Language;
        if (turn.IsPersonal) return InvokeResponse.SearchMessage(FormCard.OutsideFamily(l));
        var query = value.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array
            ? parameters.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String &&
                    !(p.TryGetProperty("name", out var n) && n.GetString() == "initialRun"))
                .Select(p => p.GetProperty("value").GetString()).FirstOrDefault()
            : null;
        var read = await search.FindAsync(turn, query?.Length > 200 ? query[..200] : query, ct);
        if (read.Value is not { } found) return InvokeResponse.SearchMessage(read.Refusal is { } refusal ? UserText.ToPlain(refusal) : FormCard.OutsideFamily(l));
        if (found.Count == 0) return InvokeResponse.SearchMessage(TaskCard.NothingFound(l));
        return InvokeResponse.SearchResults(found.Select(t =>
            ((System.Text.Json.Nodes.JsonNode)TaskCardBuilder.Build(t), $"{t.Action.Number}. {t.Action.Description}", TaskCard.SearchPreview(l, t.Action, t.Today))));
    }

    private static InvokeResponse Dialog(FormCardView form) =>
        InvokeResponse.Dialog(FormCard.FromMessageTitle(form.Language), FormCardBuilder.Build(form, inDialog: true));
}
