using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Forms;

/// <summary>
/// The forms: "taak", "doel", "toestemming" alone answer with the form to fill in, and a message can be made into a
/// task through the same form, filled in from the message (its title, the colleague mentioned, a date in it).
/// What a sent form makes goes through <see cref="FormSubmissions"/> to the operation typing would reach.
/// </summary>
public sealed class FormCommands(FamilyTurns turns, IOptions<CoordinationOptions> options) : ICommandHandler
{
    private readonly CoordinationOptions _options = options.Value;

    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        ShowFormCommand show => turns.ReadAsync(turn, (s, now) => System.Threading.Tasks.Task.FromResult(new TurnResult
        {
            Replies = [new CardReply(FormCardView.For(show.Kind, NewFormId(), s, _options.Leefgebieden, now.Today, turn.Language))],
        }), ct),
        _ => null,
    };

    /// <summary>
    /// The task form filled in from a message (what "Maak taak van dit bericht" opens): read as a task the way typing it
    /// would be, but only to fill in the fields; the writer checks them and sends. Without a family in the conversation,
    /// what says so instead.
    /// </summary>
    public Task<FamilyRead<FormCardView>> TaskFromMessageAsync(TurnContext turn, string text, IReadOnlyList<MentionedPerson> mentions, CancellationToken ct) =>
        turns.PeekStateAsync(turn, (s, now) => FormCardView.For(FormKind.Task, NewFormId(), s, _options.Leefgebieden, now.Today, turn.Language) with
        {
            Values = MessageAsTask.Values(s, text, mentions, now.Today, _options.SchoolHolidayCalendar()),
        }, ct);

    public static string NewFormId() => Guid.NewGuid().ToString("N")[..16];
}
