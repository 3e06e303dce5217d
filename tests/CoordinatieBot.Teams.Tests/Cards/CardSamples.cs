using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Teams.Tests.Cards;

/// <summary>Every card the bot can make, in the shapes that matter: empty, full, hostile, huge, English.</summary>
public static class CardSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly Actor Piet = new("29:piet", "Piet de Vries");
    private static readonly Actor Ahmed = new("29:ahmed", "Ahmed Yilmaz");

    public const string Hostile = "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"} [klik hier](https://evil.example) <script>alert(1)</script> **vet** \u0000\u001b";

    public static IEnumerable<(string Name, CardView View)> All()
    {
        yield return ("plan-empty", new PlanCardView(Started().State, Today, Language.Dutch));
        yield return ("plan-full", new PlanCardView(Full().State, Today, Language.Dutch));
        yield return ("plan-full-en", new PlanCardView(Full().State, Today, Language.English));
        yield return ("plan-hostile", new PlanCardView(HostileFamily().State, Today, Language.Dutch));
        yield return ("plan-huge", new PlanCardView(Huge().State, Today, Language.Dutch));
        yield return ("plan-overdue", new PlanCardView(Full().State, Today.AddDays(20), Language.Dutch));
        foreach (var state in Enum.GetValues<HandoverCardState>())
        {
            yield return ($"handover-{state.ToString().ToLowerInvariant()}", new HandoverCardView("fam-1", "Vlinder", "Piet de Vries", "29:fatima", "Fatima El Amrani", "meer tijd in de wijk", state, Language.Dutch));
            yield return ($"handover-{state.ToString().ToLowerInvariant()}-en", new HandoverCardView("fam-1", "Vlinder", "Piet de Vries", "29:fatima", "Fatima El Amrani", null, state, Language.English));
        }
        var full = Full().State;
        var late = full.Actions[0];
        foreach (var reason in Enum.GetValues<NudgeReason>())
            yield return ($"nudge-{reason.ToString().ToLowerInvariant()}", new NudgeCardView(full.Id, full.Alias, late, reason, Today, Language.Dutch));
        yield return ("nudge-due-en", new NudgeCardView(full.Id, full.Alias, late, NudgeReason.Due, Today, Language.English));
        yield return ("nudge-done", new NudgeCardView(full.Id, full.Alias, late, NudgeReason.Due, Today, Language.Dutch, "Top, taak **1** is gedaan. Dank je wel!"));
        yield return ("regisseur-late-action", new RegisseurOptionsCardView(full, late, 5, Today.AddDays(7), Language.Dutch));
        yield return ("regisseur-stall", new RegisseurOptionsCardView(full, null, 0, Today.AddDays(21), Language.Dutch));
        yield return ("regisseur-late-action-en", new RegisseurOptionsCardView(full, late, 5, Today.AddDays(7), Language.English));
        var escalated = Full();
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
    }

    private static Family Started()
    {
        var family = Family.Start("fam-1", "Vlinder", "tenant-1", "19:thread", Piet, Now);
        family.EnsureMember(Ahmed, Now);
        return family;
    }

    public static Family Full()
    {
        var family = Started();
        family.TakeRegie(Piet, Now);
        family.SetOrganisation(Piet, "Wijkteam Noord", null, Today, Now);
        family.SetLevel(Piet, FamilyLevel.Mpg2, Now);
        family.AddGoal(Piet, "Financiën en schulden", "schulden in kaart en een regeling", "we willen weer rust", Now);
        family.AddGoal(Piet, "Wonen en huishouden", "huurachterstand opgelost", null, Now);
        family.AddGoal(Piet, "Opvoeding en ontwikkeling", "Noor gaat elke dag naar school", "ik wil naar school", Now);
        family.AddStrength(Piet, "moeder is zeer betrokken", Now);
        family.AddWorry(Piet, "energie dreigt te worden afgesloten", Now);
        family.RecordAgreement(Piet, AgreementKind.WithFamily, Today, null, Today, Now);
        family.AddAction(Piet, Ahmed.UserId, "belt de woningcorporatie", Today.AddDays(2), true, Today, Now, out _);
        family.AddAction(Piet, Piet.UserId, "aanvraag bijzondere bijstand", Today.AddDays(10), false, Today, Now, out var second);
        family.AddAction(Piet, Piet.UserId, "verblijfsvergunning", Today.AddDays(1), false, Today, Now, out var third);
        family.AddAction(Piet, Ahmed.UserId, "intake GGZ", Today, false, Today, Now, out var fourth);
        family.MarkInProgress(Piet, second, Now);
        family.MarkWaiting(Piet, third, "IND", Today.AddDays(60), Today, Now);
        family.MarkDone(Ahmed, fourth, Now);
        return family;
    }

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

    public static Family Huge()
    {
        var family = Started();
        for (var i = 0; i < 30; i++)
            family.AddGoal(Piet, "Financiën en schulden", new string('d', 400), new string('w', 400), Now);
        for (var i = 0; i < 200; i++)
            family.AddAction(Piet, i % 2 == 0 ? Piet.UserId : Ahmed.UserId, new string('a', 480), Today.AddDays(i % 30), i % 7 == 0, Today, Now, out _);
        for (var i = 0; i < 20; i++) family.AddStrength(Piet, new string('s', 400), Now);
        return family;
    }
}
