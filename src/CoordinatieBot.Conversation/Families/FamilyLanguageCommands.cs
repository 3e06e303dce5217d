using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Families;

/// <summary>
/// "het gezin spreekt Engels", "gezinstaal Nederlands": the language the family reads; their own version of the plan
/// (the dialog and the PDF) is in it unless the regisseur picks another on the page. Any active member may set it.
/// </summary>
public sealed class FamilyLanguageCommands(FamilyTurns turns) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        SetFamilyLanguageCommand set => turns.ApplyAsync(turn, (f, at) => Set(f, turn, set.Language, at), ct),
        _ => null,
    };

    private static FamilyChange Set(Family f, TurnContext turn, FamilyLanguage language, Moment at)
    {
        var l = turn.Language;
        if (f.State.FamilyLanguage == language) return FamilyChange.Ask(Messages.FamilyLanguageAlready(l, language));
        return Say.After(f.SetFamilyLanguage(turn.Actor, language, at.Now), _ => Messages.FamilyLanguageSet(l, language));
    }
}
