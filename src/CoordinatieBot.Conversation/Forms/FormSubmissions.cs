using System.Security.Cryptography;
using System.Text;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using Microsoft.Extensions.Options;
using Keys = CoordinatieBot.Conversation.Coordination.CardVerbs.Keys;

namespace CoordinatieBot.Conversation.Forms;

/// <summary>
/// A sent form (from a card in the chat, the plan card's own task form, or the dialog of the message extension): read
/// into the command typing would give and made by the same operation. The form then shows what it made; when
/// something is missing or the bot asks back, the form comes back filled in as sent, with the question on it.
/// </summary>
public sealed class FormSubmissions(CommandDispatcher commands, FamilyTurns turns, IOptions<CoordinationOptions> options)
{
    private readonly CoordinationOptions _options = options.Value;

    public async Task<TurnResult> SubmitAsync(IncomingCardAction action, Language l, CancellationToken ct)
    {
        if (FormFields.KindOf(action.Verb) is not { } kind) return Say.Refused(l, Domain.DomainError.NoSuchAction);
        var values = action.Data;
        var formId = FormInputs.Text(values, FormFields.FormId) is { Length: <= 64 } id ? id : FormCommands.NewFormId();
        var turn = new TurnContext(action.Conversation, action.From, l) { FamilyId = FormInputs.Text(values, Keys.FamilyId) };
        var today = turns.Now().Today;
        var (command, missing) = FormInputs.Read(kind, values, _options.Leefgebieden, today, l);
        if (command is null) return await BackAsync(turn, kind, formId, values, missing!, ct);

        TurnResult result;
        // One form with the same values makes one thing, however often it is sent; changed values are a new try.
        using (TurnIdentity.Begin(OnceFor(formId, values))) result = await commands.HandleAsync(turn, command, ct);
        if (result.ActionError is not null) return result;
        var family = result.PlanChanged?.Family;
        if (result.AlreadyApplied)
            return result with { RefreshedCard = FormCardView.Sent(kind, formId, turn.FamilyId ?? "", "", CardTexts.FormCard.AlreadyDone(l), today, l) };
        if (family is null)
        {
            var question = result.Replies.OfType<TextReply>().FirstOrDefault()?.PlainText ?? Messages.Refused(l, Domain.DomainError.Unchanged);
            return await BackAsync(turn, kind, formId, values, question, ct);
        }
        if (values.TryGetValue(Keys.Card, out var card) && card == CardVerbs.PlanCard) return result with { RefreshedCard = result.PlanChanged };
        var said = result.Replies.OfType<TextReply>().FirstOrDefault()?.PlainText ?? "";
        // The form in the chat becomes the confirmation everyone sees; the same words as a reply would say it twice.
        return result with
        {
            Replies = [.. result.Replies.Where(r => r is not TextReply)],
            RefreshedCard = FormCardView.Sent(kind, formId, family.Id, family.Alias, said, today, l),
        };
    }

    /// <summary>
    /// The form again, as it was sent, with what is missing or the bot's question on it. Through the same checks as a
    /// change (the family the form names must be the one found, in the turn's tenant, with the sender a member).
    /// </summary>
    private async Task<TurnResult> BackAsync(TurnContext turn, FormKind kind, string formId, IReadOnlyDictionary<string, string> values, string notice, CancellationToken ct) =>
        await turns.ApplyAsync(turn, (_, at) => FamilyChange.None with
        {
            OnSuccess = s => new TurnResult
            {
                RefreshedCard = FormCardView.For(kind, formId, s, _options.Leefgebieden, at.Today, turn.Language) with
                {
                    Values = values.Where(kv => FormFields.Inputs.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value),
                    Notice = notice,
                },
            },
        }, ct);

    private static TurnIdentity OnceFor(string formId, IReadOnlyDictionary<string, string> values)
    {
        var sent = string.Join('\n', values.Where(kv => FormFields.Inputs.Contains(kv.Key) || kv.Key == FormFields.OwnerUserId)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sent)))[..16];
        var key = $"form:{formId}:{hash}";
        return TurnIdentity.Current is { } current ? current with { ActivityId = key } : new TurnIdentity(key, null, false);
    }
}
