using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// "Bedoel je: …": the meanings the bot offers when it is not sure what <see cref="ForUserId"/> meant, one button each.
/// Once one is pressed, <see cref="Outcome"/> says which, and the buttons are gone.
/// </summary>
public sealed record ChoiceCardView(string AskId, string ForUserId, IReadOnlyList<ChoiceView> Choices, Language Language, string? Outcome = null)
    : CardView(Language)
{
    /// <summary>The words above the choices; null: "I'm not sure what you mean" (the bot asks because it is unsure).</summary>
    public string? Question { get; init; }
}

/// <summary>One offered meaning: its words on the button, and the data that makes it on a press.</summary>
public sealed record ChoiceView(string Label, IReadOnlyDictionary<string, string> Data);
