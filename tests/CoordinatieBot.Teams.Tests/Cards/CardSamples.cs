using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using CoordinatieBot.Samples;

namespace CoordinatieBot.Teams.Tests.Cards;

/// <summary>Every card the bot can make, in the shapes that matter: empty, full, hostile, huge, English.</summary>
public static class CardSamples
{
    public static readonly DateTimeOffset Now = SampleFamilies.Now;
    public static readonly DateOnly Today = SampleFamilies.Today;
    private static readonly Actor Piet = SampleFamilies.Piet;

    public const string Hostile = "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"} [klik hier](https://evil.example) <script>alert(1)</script> **vet** \u0000\u001b";

    public static IEnumerable<(string Name, CardView View)> All()
    {
        yield return ("plan-empty", new PlanCardView(SampleFamilies.Started().State, Today, Language.Dutch));
        yield return ("plan-full", new PlanCardView(SampleFamilies.Full().State, Today, Language.Dutch));
        yield return ("plan-full-en", new PlanCardView(SampleFamilies.Full().State, Today, Language.English));
        yield return ("plan-hostile", new PlanCardView(HostileFamily().State, Today, Language.Dutch));
        yield return ("family-plan-offer", new FamilyPlanOfferCardView("fam-1", Language.Dutch));
        yield return ("family-plan-offer-en", new FamilyPlanOfferCardView("fam-1", Language.English));
        yield return ("plan-huge", new PlanCardView(SampleFamilies.Huge().State, Today, Language.Dutch));
        yield return ("plan-overdue", new PlanCardView(SampleFamilies.Full().State, Today.AddDays(20), Language.Dutch));
        // One viewer's view (the answer to the card's refresh): Ahmed's own tasks marked, with buttons; the regisseur's.
        yield return ("plan-full-viewer", new PlanCardView(SampleFamilies.Full().State, Today, Language.Dutch) { ViewerUserId = Persona.Ahmed.Id });
        yield return ("plan-full-viewer-en", new PlanCardView(SampleFamilies.Full().State, Today, Language.English) { ViewerUserId = Persona.Ahmed.Id });
        yield return ("plan-full-regisseur", new PlanCardView(SampleFamilies.Full().State, Today, Language.Dutch) { ViewerUserId = Persona.Piet.Id });
        yield return ("plan-full-outsider", new PlanCardView(SampleFamilies.Full().State, Today, Language.Dutch) { ViewerUserId = Persona.Olga.Id });
        yield return ("plan-huge-viewer", new PlanCardView(SampleFamilies.Huge().State, Today, Language.Dutch) { ViewerUserId = Persona.Ahmed.Id });
        yield return ("plan-crowded", new PlanCardView(Crowded(61).State, Today, Language.Dutch));
        // The biggest plan with a few more members whose ids are as long as real ones: their refresh list would pass the size budget.
        yield return ("plan-huge-crowded", new PlanCardView(Crowded(9, SampleFamilies.Huge(), LongId).State, Today, Language.Dutch));
        foreach (var state in Enum.GetValues<HandoverCardState>())
        {
            yield return ($"handover-{state.ToString().ToLowerInvariant()}", Handover(state, "meer tijd in de wijk", Language.Dutch));
            yield return ($"handover-{state.ToString().ToLowerInvariant()}-en", Handover(state, null, Language.English));
        }
        yield return ("handover-proposed-receiver", Handover(HandoverCardState.Proposed, "meer tijd in de wijk", Language.Dutch) with { ViewerUserId = Persona.Fatima.Id });
        yield return ("handover-proposed-receiver-en", Handover(HandoverCardState.Proposed, null, Language.English) with { ViewerUserId = Persona.Fatima.Id });
        yield return ("handover-proposed-other", Handover(HandoverCardState.Proposed, "meer tijd in de wijk", Language.Dutch) with { ViewerUserId = Persona.Ahmed.Id });
        var full = SampleFamilies.Full().State;
        var late = full.Actions[0];
        foreach (var reason in Enum.GetValues<TaskCardReason>())
            yield return ($"nudge-{reason.ToString().ToLowerInvariant()}", new TaskCardView(full.Id, full.Alias, late, reason, Today, Language.Dutch));
        yield return ("nudge-due-en", new TaskCardView(full.Id, full.Alias, late, TaskCardReason.Due, Today, Language.English));
        yield return ("nudge-done", new TaskCardView(full.Id, full.Alias, late, TaskCardReason.Due, Today, Language.Dutch, "Top, taak **1** is gedaan. Dank je wel!"));
        yield return ("regisseur-late-action", new RegisseurOptionsCardView(full, late, 5, Today.AddDays(7), Language.Dutch));
        yield return ("regisseur-stall", new RegisseurOptionsCardView(full, null, 0, Today.AddDays(21), Language.Dutch));
        yield return ("regisseur-late-action-en", new RegisseurOptionsCardView(full, late, 5, Today.AddDays(7), Language.English));
        var escalated = SampleFamilies.Full();
        escalated.EscalateAction(Piet, 1, Now, out var number);
        var facts = CoordinatieBot.Conversation.Escalation.EscalationFactsBuilder.Build(escalated.State, escalated.State.FindEscalation(number)!, Today.AddDays(14), WorkCalendar.Default, Language.Dutch);
        yield return ("escalation-procesmanager", new EscalationCardView(facts, Today.AddDays(14), Language.Dutch));
        yield return ("escalation-procesmanager-en", new EscalationCardView(facts, Today.AddDays(14), Language.English));
        yield return ("escalation-handled", new EscalationCardView(facts, Today.AddDays(14), Language.Dutch, "De procesmanager heeft escalatie 1 gezien en pakt het op."));
        var hostile = HostileFamily();
        hostile.Raise(new Actor("29:h", Hostile), EscalationKind.Knelpunt, Hostile, Now, out var knelpunt);
        yield return ("escalation-hostile", new EscalationCardView(
            CoordinatieBot.Conversation.Escalation.EscalationFactsBuilder.Build(hostile.State, hostile.State.FindEscalation(knelpunt)!, Today, WorkCalendar.Default, Language.Dutch), Today, Language.Dutch));
        yield return ("handover-hostile", new HandoverCardView("fam-1", Hostile[..30], Hostile, "29:x", Hostile, Hostile, HandoverCardState.Proposed, Language.Dutch));
        yield return ("handover-hostile-receiver", new HandoverCardView("fam-1", Hostile[..30], Hostile, "29:x", Hostile, Hostile, HandoverCardState.Proposed, Language.Dutch) { ViewerUserId = "29:x" });
        yield return ("assigned", new ActionAssignedCardView(full.Id, full.Alias, late, Persona.Piet.Name, Today, Language.Dutch));
        yield return ("assigned-en", new ActionAssignedCardView(full.Id, full.Alias, late, null, Today, Language.English));
        yield return ("assigned-answered", new ActionAssignedCardView(full.Id, full.Alias, late, null, Today, Language.Dutch, "Dank je! Ahmed pakt taak **1** op."));
        var hostileAction = HostileFamily().State.Actions[0];
        yield return ("assigned-hostile", new ActionAssignedCardView("fam-2", Hostile[..30], hostileAction, Hostile, Today, Language.Dutch));
        yield return ("orphaned", new OrphanedActionsCardView(full.Id, full.Alias, [.. full.Actions.Take(3)], Today, Language.Dutch));
        yield return ("orphaned-en", new OrphanedActionsCardView(full.Id, full.Alias, [.. full.Actions.Take(2)], Today, Language.English));
        yield return ("orphaned-all-taken", new OrphanedActionsCardView(full.Id, full.Alias, [], Today, Language.Dutch));
        yield return ("orphaned-hostile", new OrphanedActionsCardView("fam-2", Hostile[..30], [hostileAction], Today, Language.Dutch));
        var candidates = full.Members.Select(m => (m.UserId, m.Name)).ToList();
        yield return ("appoint-regisseur", new AppointRegisseurCardView(full.Id, full.Alias, candidates, Today.AddDays(7), Today, Language.Dutch));
        yield return ("appoint-regisseur-en", new AppointRegisseurCardView(full.Id, full.Alias, candidates, Today.AddDays(7), Today, Language.English));
        yield return ("appoint-regisseur-done", new AppointRegisseurCardView(full.Id, full.Alias, [], Today, Today, Language.Dutch, "Fatima El Amrani is nu regisseur."));
        var unreachable = full with { UnreachableSince = Today.AddDays(-14) };
        yield return ("unreachable", new UnreachableCardView(unreachable, Today.AddDays(-14), 10, Today, Language.Dutch));
        yield return ("unreachable-en", new UnreachableCardView(unreachable, Today.AddDays(-14), 10, Today, Language.English));
        yield return ("unreachable-done", new UnreachableCardView(unreachable, Today.AddDays(-14), 10, Today, Language.Dutch, "Taak **9** genoteerd."));
        yield return ("plan-unreachable-family-task", new PlanCardView(unreachable with
        {
            Actions = unreachable.Actions.Replace(unreachable.Actions[0], unreachable.Actions[0] with { ForFamily = true }),
        }, Today, Language.Dutch));
        yield return ("appoint-regisseur-hostile", new AppointRegisseurCardView("fam-2", Hostile[..30], [("29:h", Hostile)], Today.AddDays(7), Today, Language.Dutch));
        yield return ("choice", Choice(Language.Dutch, "Een taak voor Megan Bowen: woningcorporatie bellen, vr 4 dec", "Wie de regisseur is"));
        yield return ("choice-en", Choice(Language.English, "A task for Megan Bowen: call the housing association, Fri 4 Dec", "Who the regisseur is"));
        yield return ("choice-hostile", Choice(Language.Dutch, "Een taak voor jou: " + Hostile));
        foreach (var (name, form) in Forms()) yield return (name, form);
        yield return ("choice-chosen", new ChoiceCardView("ask-1", "29:piet", [], Language.Dutch, "Gekozen: Een taak voor Megan Bowen: woningcorporatie bellen"));
        foreach (var (name, view) in MeetingCards()) yield return (name, view);
    }

    /// <summary>The casusoverleg's agenda, the handover summary and the met-the-family question: full, empty, huge, hostile, English.</summary>
    public static IEnumerable<(string Name, CardView View)> MeetingCards()
    {
        var met = WithMeeting(SampleFamilies.Full());
        met.Raise(Piet, EscalationKind.Knelpunt, "school reageert niet", Now, out _);
        var meeting = met.State.Meetings[0];
        yield return ("plan-meeting", new PlanCardView(met.State, Today, Language.Dutch));
        yield return ("meeting-agenda", MeetingAgendaCardView.For(met.State, meeting, meeting.Date, Language.Dutch));
        yield return ("meeting-agenda-en", MeetingAgendaCardView.For(met.State, meeting, meeting.Date, Language.English));
        var empty = WithMeeting(SampleFamilies.Started());
        yield return ("meeting-agenda-empty", MeetingAgendaCardView.For(empty.State, empty.State.Meetings[0], Today, Language.Dutch));
        var huge = WithMeeting(SampleFamilies.Huge());
        yield return ("meeting-agenda-huge", MeetingAgendaCardView.For(huge.State, huge.State.Meetings[0], Today.AddDays(40), Language.Dutch));
        var hostile = WithMeeting(HostileFamily(), new Actor("29:h", Hostile));
        yield return ("meeting-agenda-hostile", MeetingAgendaCardView.For(hostile.State, hostile.State.Meetings[0], Today.AddDays(7), Language.Dutch));

        met.RecordConsent(Piet, new ConsentRecord
        {
            GivenBy = "moeder", How = "schriftelijk", Organisations = ["Wijkteam Noord", "Woonstad", "School"], Until = Today.AddMonths(6), RecordedAt = Now, RecordedBy = Piet.UserId,
        }, Today, Now);
        met.RecordDecision(Piet, "gezin start met schuldhulpverlening", null, null, Today, Now, out _);
        met.RecordDecision(Piet, "@Ahmed regelt de aanvraag bijzondere bijstand voor vrijdag", SampleFamilies.Ahmed.UserId, 2, Today, Now, out _);
        yield return ("handover-summary", HandoverSummaryCardView.For(met.State, Piet.UserId, Today, Language.Dutch));
        yield return ("handover-summary-en", HandoverSummaryCardView.For(met.State, Piet.UserId, Today, Language.English));
        yield return ("handover-summary-empty", HandoverSummaryCardView.For(SampleFamilies.Started().State, Piet.UserId, Today, Language.Dutch));
        yield return ("handover-summary-huge", HandoverSummaryCardView.For(Crowded(30, huge).State, Piet.UserId, Today, Language.Dutch));
        yield return ("handover-summary-hostile", HandoverSummaryCardView.For(hostile.State, "29:h", Today, Language.Dutch));
        yield return ("family-met-new", new FamilyMetCardView(met.State.Id, met.State.Alias, Persona.Fatima.Name, ForNewRegisseur: true, Language.Dutch));
        yield return ("family-met-previous", new FamilyMetCardView(met.State.Id, met.State.Alias, Persona.Fatima.Name, ForNewRegisseur: false, Language.Dutch));
        yield return ("family-met-en", new FamilyMetCardView(met.State.Id, met.State.Alias, Persona.Fatima.Name, ForNewRegisseur: false, Language.English));
        yield return ("family-met-answered", new FamilyMetCardView(met.State.Id, met.State.Alias, Persona.Fatima.Name, ForNewRegisseur: true, Language.Dutch)
        {
            Answered = "Dank je, vastgelegd: een kennismaking met het gezin is gepland.",
        });
        yield return ("family-met-hostile", new FamilyMetCardView("fam-2", Hostile[..30], Hostile, ForNewRegisseur: false, Language.Dutch));
    }

    private static Family WithMeeting(Family family, Actor? by = null)
    {
        family.PlanMeeting(by ?? Piet, Today.AddDays(7), new TimeOnly(10, 0), null, true, Today, Now, out _);
        return family;
    }

    /// <summary>The forms: empty, filled in from a message, back with a question, sent, English, hostile.</summary>
    public static IEnumerable<(string Name, FormCardView View)> Forms()
    {
        var full = SampleFamilies.Full().State;
        string[] leefgebieden = ["Financiën en schulden", "Wonen", "Opvoeding en gezin"];
        yield return ("form-task", FormCardView.For(FormKind.Task, "f-1", full, leefgebieden, Today, Language.Dutch));
        yield return ("form-task-en", FormCardView.For(FormKind.Task, "f-1", full, leefgebieden, Today, Language.English));
        var filled = new Dictionary<string, string> { ["title"] = "woningcorporatie bellen over de huur", ["owner"] = "29:ahmed", ["due"] = Today.AddDays(3).ToString("yyyy-MM-dd"), ["urgent"] = "true" };
        yield return ("form-task-back", FormCardView.For(FormKind.Task, "f-1", full, leefgebieden, Today, Language.Dutch) with
        {
            Values = filled,
            Notice = "Die persoon zit niet in deze chat, dus ziet het plan niet. Voeg diegene eerst toe aan de chat en kies dan opnieuw.",
        });
        yield return ("form-task-sent", FormCardView.Sent(FormKind.Task, "f-1", full.Id, full.Alias, "Taak **7** genoteerd voor Fatima El Amrani: woningcorporatie bellen, uiterlijk vr 4 dec.", Today, Language.Dutch));
        yield return ("form-goal", FormCardView.For(FormKind.Goal, "f-2", full, leefgebieden, Today, Language.Dutch));
        yield return ("form-consent", FormCardView.For(FormKind.Consent, "f-3", full, leefgebieden, Today, Language.Dutch));
        yield return ("form-consent-en", FormCardView.For(FormKind.Consent, "f-3", full, leefgebieden, Today, Language.English));
        var hostile = HostileFamily().State;
        yield return ("form-task-hostile", FormCardView.For(FormKind.Task, "f-4", hostile, [Hostile], Today, Language.Dutch) with
        {
            Values = new Dictionary<string, string> { ["title"] = Hostile, ["owner"] = Hostile },
            Notice = Hostile,
        });
    }

    private static ChoiceCardView Choice(Language l, params string[] labels) =>
        new("ask-1", "29:piet", labels.Select(label => new ChoiceView(label, new Dictionary<string, string> { ["pick"] = "q.regisseur" })).ToList(), l);



    private static HandoverCardView Handover(HandoverCardState state, string? reason, Language l) =>
        new("fam-1", "Vlinder", Persona.Piet.Name, Persona.Fatima.Id, Persona.Fatima.Name, reason, state, l) { FromUserId = Persona.Piet.Id };

    /// <summary>A family with <paramref name="members"/> active members in all (more than Teams refreshes a card for by itself).</summary>
    public static Family Crowded(int members, Family? family = null, Func<int, string>? id = null)
    {
        family ??= SampleFamilies.Full();
        for (var i = family.State.Members.Count(m => m.Active); i < members; i++) family.NoteMessage(new Actor(id?.Invoke(i) ?? $"29:member-{i}", $"Lid {i}"), Now);
        return family;
    }

    /// <summary>A Teams user id as long as real ones are.</summary>
    public static string LongId(int i) => $"29:1bSnHZ7Js2STWrgk6ScEErLk1Lp2zQuD5H2qQ960rtvstKp8tKLl-{i:D4}-aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789";

    private static Family HostileFamily()
    {
        var family = Family.Start("fam-2", Hostile[..40], "tenant-1", "19:thread", new Actor("29:h", Hostile), Now);
        var actor = new Actor("29:h", Hostile);
        family.TakeRegie(actor, Now);
        family.SetOrganisation(actor, Hostile, null, Today, Now);
        family.AddGoal(actor, Hostile, Hostile, Hostile, Now);
        family.AddStrength(actor, Hostile, Now);
        family.AddWorry(actor, Hostile, Now);
        family.RecordAgreement(actor, AgreementKind.WithoutFamily, null, Hostile, Today, Now);
        family.AddAction(actor, actor.UserId, Hostile, Today.AddDays(1), true, Today, Now, out _);
        return family;
    }

}
