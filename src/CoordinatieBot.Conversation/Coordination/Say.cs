using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>The small pieces every concept's operations are made of: say what happened, or ask back.</summary>
public static class Say
{
    public static Task<TurnResult> Now(string text) => Task.FromResult(TurnResult.Say(text));

    /// <summary>The domain's verdict, and the sentence for when it holds.</summary>
    public static FamilyChange After(DomainResult result, Func<FamilyState, string> say, bool plan = true) =>
        new(result, s => TurnResult.Say(say(s)), plan);

    /// <summary>A date that is unreadable or in the past gets a question back, never a silent guess.</summary>
    public static string? DateQuestion(DateParseResult date, Language l) => date.Outcome switch
    {
        DateOutcome.Ok => null,
        DateOutcome.InPast => Messages.DateInPast(l, date.Date!.Value),
        DateOutcome.Ambiguous when date.Readings.Count >= 2 => Messages.DateAmbiguous(l, date.Readings[0], date.Readings[1]),
        _ => Messages.DateUnreadable(l),
    };

    public static FamilyChange AskWho(PersonRef person, Language l) => FamilyChange.Ask(person is PersonRef.Picked
        ? Messages.PickedNotInThread(l)
        : Messages.WhoDoYouMean(l, person is PersonRef.Named n ? n.Name : "?"));

    public static TurnResult Refused(Language l, DomainError error) =>
        TurnResult.Say(Messages.Refused(l, error)) with { ActionError = Messages.Refused(l, error) };
}
