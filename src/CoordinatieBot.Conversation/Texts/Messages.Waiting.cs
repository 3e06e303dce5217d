using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Waiting without a date, bezig without a date, and the questions of the method on a 1:1 card.</summary>
public static partial class Messages
{
    public static string ActionWaitingWithoutDate(Language l, PlanAction a) => Pick(l,
        $"Taak **{a.Number}** wacht op {UserText.Escape(a.WaitingOn)}. Wachten is niet te laat: ik stuur geen herinneringen. " +
        "Weet je wanneer het verwacht wordt? Vul de datum in op de kaart, dan kijk ik op die dag samen met je verder.",
        $"Task **{a.Number}** is waiting for {UserText.Escape(a.WaitingOn)}. Waiting is not late: I won't send reminders. " +
        "Do you know when it is expected? Fill in the date on the card, and on that day we'll look at it together.");

    public static string ActionInProgressAskDate(Language l, PlanAction a) => Pick(l,
        $"Taak **{a.Number}** staat op bezig. Fijn! Wanneer verwacht je dat het klaar is? Met een datum wacht ik tot dan met herinneren.",
        $"Task **{a.Number}** is now in progress. Great! When do you expect it to be done? With a date I hold off reminders until then.");

    public static string ActionInProgressUntil(Language l, PlanAction a) => Pick(l,
        $"Taak **{a.Number}** staat op bezig, verwacht klaar op {DutchDates.Long(a.ExpectedOn!.Value, l)}. Tot dan stuur ik geen herinneringen.",
        $"Task **{a.Number}** is now in progress, expected done on {DutchDates.Long(a.ExpectedOn!.Value, l)}. I won't send reminders before then.");

    /// <summary>The opening line of a 1:1 card that asks something (not a reminder).</summary>
    public static string QuestionIntro(Language l, PlanAction a, bool toReferrer, bool stillWaiting, bool askExpected) =>
        stillWaiting
            ? Pick(l, $"Even checken: {StillWaitingQuestion(l, a)} Als je weet wanneer het verwacht wordt, vul de datum in.",
                $"Just checking: {StillWaitingQuestion(l, a)} If you know when it is expected, fill in the date.")
            : askExpected
                ? Pick(l, "Wanneer verwacht je dat deze taak klaar is?", "When do you expect this task to be done?")
                : toReferrer
                    ? Pick(l, "Je hebt deze verwijzing gedaan. Is ze goed aangekomen, en heb je al terugkoppeling gehad? Geen nieuws is niet altijd goed nieuws.",
                        "You made this referral. Did it arrive, and have you had any feedback yet? No news is not always good news.")
                    : Pick(l, "Deze verwijzing is bij jou terechtgekomen. Wil je de verwijzer even terugkoppeling geven over hoe het ervoor staat? Fijn!",
                        "This referral came to you. Could you give the referrer some feedback on where it stands? Thanks!");

    public static string AskWaitingDateIntro(Language l, PlanAction a) => Pick(l,
        $"Wanneer verwacht je dat het wachten op {UserText.Escape(a.WaitingOn)} voorbij is?",
        $"When do you expect the wait for {UserText.Escape(a.WaitingOn)} to be over?");

    /// <summary>A line in the daily overview for a question the method asked today.</summary>
    public static string DigestQuestion(Language l, PlanAction a, NoticeKind kind, bool toReferrer) => kind switch
    {
        NoticeKind.StillWaiting => Pick(l, $"Taak {a.Number}: {StillWaitingQuestion(l, a)}", $"Task {a.Number}: {StillWaitingQuestion(l, a)}"),
        NoticeKind.WaitingEnded => Pick(l, $"Taak {a.Number}: de wachttijd ({UserText.Escape(a.WaitingOn)}) is verstreken. Wat doen we in de tussentijd?",
            $"Task {a.Number}: the waiting time ({UserText.Escape(a.WaitingOn)}) is over. What do we do in the meantime?"),
        NoticeKind.DatelessAsked => Pick(l, $"Taak {a.Number}: er staat nog geen datum bij. Wanneer denk je dat hij klaar is? Typ bijvoorbeeld **{a.Number} nieuwe datum** vrijdag.",
            $"Task {a.Number}: it has no date yet. When do you expect it done? Type for example **move {a.Number} to** Friday."),
        _ when toReferrer => Pick(l, $"Taak {a.Number}: is je verwijzing aangekomen, en is er al terugkoppeling?",
            $"Task {a.Number}: did your referral arrive, and is there feedback yet?"),
        _ => Pick(l, $"Taak {a.Number}: wil je terugkoppelen hoe het met deze verwijzing staat?",
            $"Task {a.Number}: could you give feedback on where this referral stands?"),
    };

    /// <summary>"Staat het nog op de wachtlijst?" for a waiting list, "Wacht het nog op de IND?" for anyone else.</summary>
    private static string StillWaitingQuestion(Language l, PlanAction a)
    {
        var party = a.WaitingOn ?? "";
        if (party.Contains("wachtlijst", StringComparison.OrdinalIgnoreCase) || party.Contains("waiting list", StringComparison.OrdinalIgnoreCase))
            return Pick(l, $"staat het nog op de wachtlijst ({UserText.Escape(party)})?", $"is it still on the waiting list ({UserText.Escape(party)})?");
        return party.Length == 0
            ? Pick(l, "wacht deze taak nog?", "is this task still waiting?")
            : Pick(l, $"wacht het nog op {UserText.Escape(party)}?", $"is it still waiting for {UserText.Escape(party)}?");
    }

    public static string DigestQuestionsHeading(Language l) => Pick(l, "Vragen voor jou:", "Questions for you:");
}
