using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;

namespace CoordinatieBot.Conversation.Asking;

/// <summary>
/// "Bedoel je: …": when the bot is not sure what a message meant, it changes nothing and offers the likeliest
/// meanings as buttons. A press comes back through <see cref="CardButtons"/> as the command itself.
/// </summary>
public sealed class ChoiceCommands(FamilyTurns turns) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        WhichMeaningCommand which => Task.FromResult(Offer(turn, which)),
        _ => null,
    };

    private TurnResult Offer(TurnContext turn, WhichMeaningCommand which)
    {
        var (l, today) = (turn.Language, turns.Now().Today);
        return Offer(turn, which.Choices.Select(c => (c, ChoiceCard.Describe(c, l, today))));
    }

    /// <summary>The card with these meanings, each with its words; one that cannot be offered is left out.</summary>
    public static TurnResult Offer(TurnContext turn, IEnumerable<(Command Command, string Label)> meanings)
    {
        var choices = meanings
            .Select(m => Choices.ToData(m.Command) is { } data ? new ChoiceView(m.Label, data) : null)
            .OfType<ChoiceView>()
            .ToList();
        var askId = Guid.NewGuid().ToString("N")[..16];
        return new TurnResult { Replies = [new CardReply(new ChoiceCardView(askId, turn.Actor.UserId, choices, turn.Language))] };
    }
}
