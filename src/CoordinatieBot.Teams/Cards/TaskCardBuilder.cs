using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>A friendly 1:1 reminder about one action, with buttons that act on it. Nothing else from the plan.</summary>
public static class TaskCardBuilder
{
    public static JsonObject Build(TaskCardView v)
    {
        var l = v.Language;
        var a = v.Action;
        var intro = v.Reason switch
        {
            TaskCardReason.Due when a.Due is { } d0 && d0 < v.Today => T(l, $"Een geheugensteuntje: deze taak stond voor {DutchDates.Short(d0, v.Today, l)}.",
                $"A friendly reminder: this task was due on {DutchDates.Short(d0, v.Today, l)}."),
            TaskCardReason.Due => T(l, "Een geheugensteuntje: deze taak staat voor vandaag.", "A friendly reminder: this task is due today."),
            TaskCardReason.Late => T(l, "Deze taak staat nog open. Lukt het, of is er iets nodig? Laat het even weten, dan weet iedereen waar het staat.",
                "This task is still open. Is it working out, or is something needed? Let us know, so everyone knows where it stands."),
            TaskCardReason.WaitingEnded => T(l, $"De wachttijd ({a.WaitingOn}) is verstreken. Wat doen we in de tussentijd?",
                $"The waiting time ({a.WaitingOn}) is over. What do we do in the meantime?"),
            TaskCardReason.ReferralSilent => Messages.QuestionIntro(l, a, toReferrer: false, stillWaiting: false, askExpected: false),
            TaskCardReason.ReferralSilentToReferrer => Messages.QuestionIntro(l, a, toReferrer: true, stillWaiting: false, askExpected: false),
            TaskCardReason.StillWaiting => Messages.QuestionIntro(l, a, toReferrer: false, stillWaiting: true, askExpected: false),
            TaskCardReason.AskExpectedDate => Messages.QuestionIntro(l, a, toReferrer: false, stillWaiting: false, askExpected: true),
            _ => Messages.AskWaitingDateIntro(l, a),
        };
        var due = a.Due is { } d ? DutchDates.Short(d, v.Today, l) : T(l, "geen datum", "no date");
        var data = Data(v.FamilyId, l, a.Number);
        data[CardVerbs.Keys.Card] = CardVerbs.TaskCard;
        var body = new List<JsonNode?>
        {
            Literal(new Run(T(l, "Gezin ", "Family "), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run($" · {T(l, "taak", "task")} {a.Number}", Subtle: true)),
            Text(intro),
            Literal(new Run(a.Description, Bold: true)),
            Literal(new Run($"{due} · {Messages.StatusName(l, a)}", Subtle: true)),
        };
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        // Asking for an expected date: the date field is on the card itself, and saving it does what typing it does.
        switch (v.Reason)
        {
            case TaskCardReason.AskWaitingDate or TaskCardReason.StillWaiting:
                body.Add(InputDate(CardVerbs.Keys.Until, T(l, "Verwacht op", "Expected on"), v.Today, required: v.Reason == TaskCardReason.AskWaitingDate));
                var waitingData = new Dictionary<string, string>(data) { [CardVerbs.Keys.Party] = a.WaitingOn ?? "" };
                if (v.Reason == TaskCardReason.AskWaitingDate)
                    return Card(body, [Execute(T(l, "Datum opslaan", "Save date"), CardVerbs.ActionWaiting, waitingData, style: "positive")]);
                return Card(body,
                [
                    Execute(T(l, "Wacht nog", "Still waiting"), CardVerbs.ActionWaiting, waitingData, style: "positive"),
                    Execute(T(l, "Gedaan", "Done"), CardVerbs.ActionDone, data),
                    Execute(T(l, "Bezig", "In progress"), CardVerbs.ActionInProgress, data),
                ]);
            case TaskCardReason.AskExpectedDate:
                body.Add(InputDate(CardVerbs.Keys.Date, T(l, "Verwacht klaar op", "Expected done on"), v.Today, required: true));
                return Card(body, [Execute(T(l, "Datum opslaan", "Save date"), CardVerbs.ActionInProgress, data, style: "positive")]);
        }
        return Card(body,
        [
            Execute(T(l, "Gedaan", "Done"), CardVerbs.ActionDone, data, style: "positive"),
            Execute(T(l, "Bezig", "In progress"), CardVerbs.ActionInProgress, data),
            ShowCard(T(l, "Wacht op…", "Waiting for…"),
                [InputText(CardVerbs.Keys.Party, T(l, "Op wie of wat?", "For whom or what?"), T(l, "bijv. IND, wachtlijst", "e.g. IND, waiting list"), required: true),
                 InputDate(CardVerbs.Keys.Until, T(l, "Tot wanneer (verwacht)?", "Until when (expected)?"), v.Today)],
                [Execute(T(l, "Opslaan", "Save"), CardVerbs.ActionWaiting, data)]),
            ShowCard(T(l, "Nieuwe datum…", "New date…"),
                [InputDate(CardVerbs.Keys.Date, T(l, "Nieuwe datum", "New date"), v.Today, required: true),
                 InputText(CardVerbs.Keys.Reason, T(l, "Reden", "Reason"), T(l, "korte reden", "short reason"), required: true)],
                [Execute(T(l, "Opslaan", "Save"), CardVerbs.ActionNewDate, data)]),
            ShowCard(T(l, "Lukt niet…", "Can't be done…"),
                [InputText(CardVerbs.Keys.Obstacle, T(l, "Wat houdt het tegen?", "What is in the way?"), T(l, "reden", "reason"), required: true)],
                [Execute(T(l, "Opslaan", "Save"), CardVerbs.ActionNotPossible, data)]),
        ]);
    }

}
