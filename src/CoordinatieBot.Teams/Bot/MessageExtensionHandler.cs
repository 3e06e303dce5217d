using System.Text.Json;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Forms;
using CoordinatieBot.Conversation.Parsing;
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
public sealed class MessageExtensionHandler(FormCommands forms, CoordinationService coordination, BotTurnHandler turns, ILogger<MessageExtensionHandler> log)
{
    /// <summary>The command id in the manifest.</summary>
    public const string TaskFromMessage = "taskFromMessage";

    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken ct)
    {
        if (ActivityMapper.ConversationOf(activity) is not { } where || activity.From?.Id is not { Length: > 0 } ||
            activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return InvokeResponse.Empty(400);
        var l = activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.English : Language.Dutch;
        if (!value.TryGetProperty("commandId", out var command) || command.GetString() != TaskFromMessage)
            return InvokeResponse.DialogMessage(UserText.ToPlain(Messages.Refused(l, Domain.DomainError.NoSuchAction)));
        var turn = new TurnContext(where, ActivityMapper.ActorOf(activity.From!), l);
        log.LogInformation("Message extension {Invoke} in {ConversationKind}", activity.Name, where.Kind);
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
        var (form, refusal) = await forms.TaskFromMessageAsync(turn, message?.Text ?? "", mentions, ct);
        if (form is null)
            return InvokeResponse.DialogMessage(refusal is null || refusal == Messages.NoFamilyHere(turn.Language) ? FormCard.OutsideFamily(turn.Language) : UserText.ToPlain(refusal));
        return Dialog(form);
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

    private static InvokeResponse Dialog(FormCardView form) =>
        InvokeResponse.Dialog(FormCard.FromMessageTitle(form.Language), FormCardBuilder.Build(form, inDialog: true));
}
