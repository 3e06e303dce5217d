using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using Keys = CoordinatieBot.Conversation.Coordination.CardVerbs.Keys;

namespace CoordinatieBot.Conversation.Asking;

/// <summary>
/// A press on one of the offered meanings: the command is made as if its writer had typed it (no card origin, their
/// rights, the conversation's family), once per offer, and the card then says which meaning was chosen.
/// </summary>
public static class ChoiceButtons
{
    /// <summary>The turn and command of a press, or the words that refuse it.</summary>
    public static (TurnContext? Turn, Command? Command, string AskId, string? Refusal) Read(IncomingCardAction action, Language l)
    {
        if (!action.Data.TryGetValue(Keys.For, out var writer) || !string.Equals(writer, action.From.UserId, StringComparison.Ordinal))
            return (null, null, "", ChoiceCard.ForTheWriter(l));
        if (!action.Data.TryGetValue(Keys.Ask, out var askId) || string.IsNullOrWhiteSpace(askId) || askId.Length > 64 || Choices.FromData(action.Data) is not { } command)
            return (null, null, "", Texts.Messages.Refused(l, Domain.DomainError.NoSuchAction));
        return (new TurnContext(action.Conversation, action.From, l), command, askId, null);
    }

    /// <summary>The result of the command, with the card changed to say what was chosen (the buttons gone).</summary>
    public static TurnResult Present(IncomingCardAction action, string askId, Command command, TurnResult result, DateOnly today, Language l)
    {
        if (result.ActionError is not null) return result;
        var chosen = ChoiceCard.Chosen(l, ChoiceCard.Describe(command, l, today));
        return result with { RefreshedCard = new ChoiceCardView(askId, action.From.UserId, [], l, chosen) };
    }
}
