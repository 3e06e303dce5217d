using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Reaching people, people leaving, and new owners of actions.</summary>
public static partial class Messages
{
    /// <summary>Before a message that could not go 1:1: <paramref name="mention"/> is where the person's @mention goes.</summary>
    public static string InThreadForYou(Language l, string mention) => Pick(l,
        $"{mention}, dit is voor jou. Een 1-op-1 chat met jou lukt mij niet, dus zet ik het hier.",
        $"{mention}, this one is for you. I can't reach you in a 1:1 chat, so I'm posting it here.");

    public static string OnlyReachableInThread(Language l, FamilyState f, string userId) => Pick(l,
        $"Ter info, gezin **{UserText.Escape(f.Alias)}**: {Person(f, userId)} kan ik niet in een 1-op-1 chat bereiken (de app staat bij die persoon niet aan, wat bij gasten en andere organisaties gewoon is). Herinneringen voor {Name(f, userId)} zet ik daarom met een @vermelding in het gezinsgesprek.",
        $"For your information, family **{UserText.Escape(f.Alias)}**: I can't reach {Person(f, userId)} in a 1:1 chat (the app isn't set up for them, which is normal for guests and other organisations). I'll post reminders for {Name(f, userId)} in the family's chat with an @mention instead.");

    /// <summary>On the procesmanager's card: the owner never had a 1:1 message.</summary>
    public static string OwnerOnlyReachedInThread(Language l) => Pick(l,
        "eigenaar alleen via een @vermelding in het gezinsgesprek bereikt (een 1-op-1 chat was niet mogelijk)",
        "owner only reached by an @mention in the family's chat (a 1:1 chat was not possible)");

    /// <summary>Thread reply to a reassignment: <paramref name="mention"/> is the new owner's @mention.</summary>
    public static string ActionReassignedTo(Language l, PlanAction a, string mention) => Pick(l,
        $"Taak **{a.Number}** is nu van {mention}. Ik stuur je de taak ook 1-op-1, zodat je kunt bevestigen dat hij bij jou ligt.",
        $"Task **{a.Number}** now belongs to {mention}. I'm also sending you the task 1:1, so you can confirm it's yours.");

    public static string ActionAccepted(Language l, FamilyState f, PlanAction a) => Pick(l,
        $"Dank je! {Name(f, a.OwnerUserId)} pakt taak **{a.Number}** op.",
        $"Thank you! {Name(f, a.OwnerUserId)} is taking on task **{a.Number}**.");

    public static string ActionDeclinedToRegisseur(Language l, FamilyState f, PlanAction a, string declinerUserId, string reason) => Pick(l,
        $"Gezin **{UserText.Escape(f.Alias)}**: {Person(f, declinerUserId)} geeft aan dat taak **{a.Number}** ({UserText.Escape(a.Description)}) niet bij hem of haar hoort: {UserText.Escape(reason)}. Wie pakt het op? Zeg in het gezinsgesprek bijvoorbeeld **taak {a.Number} naar** @collega.",
        $"Family **{UserText.Escape(f.Alias)}**: {Person(f, declinerUserId)} says task **{a.Number}** ({UserText.Escape(a.Description)}) isn't theirs: {UserText.Escape(reason)}. Who takes it? In the family's chat say for example **task {a.Number} to** @colleague.");

    public static string ActionDeclinedNoted(Language l, PlanAction a, bool regisseurTold) => regisseurTold
        ? Pick(l, $"Genoteerd. Ik heb de regisseur gevraagd taak **{a.Number}** bij iemand anders te leggen.", $"Noted. I've asked the regisseur to give task **{a.Number}** to someone else.")
        : Pick(l, $"Genoteerd dat taak **{a.Number}** niet bij jou hoort. Er is nu geen regisseur om het over te nemen; bespreek in het gezinsgesprek wie het oppakt.",
            $"Noted that task **{a.Number}** isn't yours. There is no regisseur to pick this up right now; please agree in the family's chat who takes it.");

    /// <summary>To the thread when someone left: regie open again and their open actions.</summary>
    public static string MemberLeft(Language l, FamilyState f, string leftUserId, bool wasRegisseur, IReadOnlyList<PlanAction> orphaned, DateOnly today)
    {
        var sb = new StringBuilder(Pick(l, $"{Name(f, leftUserId)} zit niet meer in dit gesprek.", $"{Name(f, leftUserId)} is no longer in this chat."));
        if (wasRegisseur)
            sb.Append(Pick(l, " De regie is daarmee weer open. Wie neemt die? Zeg **ik neem de regie**.",
                " That means the lead is open again. Who takes it? Say **I take the lead**."));
        if (orphaned.Count > 0)
        {
            sb.Append(Pick(l, "\n\nDeze taken hebben een nieuwe eigenaar nodig:", "\n\nThese tasks need a new owner:"));
            foreach (var a in orphaned)
                sb.Append($"\n- **{a.Number}** {UserText.Escape(a.Description)}").Append(a.Due is { } d ? $" ({DutchDates.Short(d, today, l)})" : "");
            sb.Append(Pick(l, "\n\nNeem er een op de kaart, of zeg **taak** nummer **naar** @collega.", "\n\nTake one on the card, or say **task** number **to** @colleague."));
        }
        return sb.ToString();
    }

    public static string ActionTaken(Language l, FamilyState f, PlanAction a) => Pick(l,
        $"Dank je! Taak **{a.Number}** is nu van {Name(f, a.OwnerUserId)}.",
        $"Thank you! Task **{a.Number}** now belongs to {Name(f, a.OwnerUserId)}.");

    /// <summary>To a newcomer in the thread; <paramref name="mention"/> is their @mention.</summary>
    public static string WelcomeAskOrganisation(Language l, FamilyState f, string mention) => Pick(l,
        $"Welkom {mention}! Het gezin heeft toestemming gegeven om informatie te delen met {ConsentedOrganisations(f)}. Van welke organisatie ben je? Zeg **ik ben van** organisatie; hoort die er niet bij, zeg dan ook waarom je meedoet, bijvoorbeeld: **ik ben van** Veilig Thuis, **reden:** zorg om kindveiligheid. Daarna laat ik je het plan zien.",
        $"Welcome {mention}! The family has consented to sharing information with {ConsentedOrganisations(f)}. Which organisation are you from? Say **I'm from** organisation; if it isn't one of these, please also say why you take part, for example: **I'm from** Veilig Thuis, **reason:** child safety concern. Then I'll show you the plan.");

    public static string IntroduceBeforePlan(Language l, FamilyState f) => Pick(l,
        $"Voordat ik je het plan laat zien: van welke organisatie ben je? Het gezin heeft toestemming gegeven voor {ConsentedOrganisations(f)}. Zeg **ik ben van** organisatie, en buiten de toestemming ook de reden, bijvoorbeeld: **ik ben van** Veilig Thuis, **reden:** zorg om kindveiligheid.",
        $"Before I show you the plan: which organisation are you from? The family has consented to {ConsentedOrganisations(f)}. Say **I'm from** organisation, and outside the consent also the reason, for example: **I'm from** Veilig Thuis, **reason:** child safety concern.");

    public static string OutsideConsentToRegisseur(Language l, FamilyState f, string userId) => Pick(l,
        $"Ter info, gezin **{UserText.Escape(f.Alias)}**: {Person(f, userId)} doet mee vanuit een organisatie die niet in de toestemming van het gezin staat. De reden is vastgelegd; zie **geschiedenis** in het gezinsgesprek.",
        $"For your information, family **{UserText.Escape(f.Alias)}**: {Person(f, userId)} takes part from an organisation that is not in the family's consent. The reason is recorded; see **history** in the family's chat.");

    private static string ConsentedOrganisations(FamilyState f) =>
        UserText.Escape(string.Join(", ", f.Consents.SelectMany(c => c.Organisations).Distinct(StringComparer.OrdinalIgnoreCase)));

    public static string RegisseurAppointedInThread(Language l, FamilyState f, string procesmanagerName) => Pick(l,
        $"Procesmanager **{UserText.Escape(procesmanagerName)}** heeft {Person(f, f.Regisseur!.UserId)} aangewezen als regisseur van gezin **{UserText.Escape(f.Alias)}**, omdat de regie een week open stond. Dank je wel voor het oppakken!",
        $"Procesmanager **{UserText.Escape(procesmanagerName)}** appointed {Person(f, f.Regisseur!.UserId)} as regisseur of family **{UserText.Escape(f.Alias)}**, as the lead had been open for a week. Thank you for taking it on!");

    public static string RegisseurAppointedForProcesmanager(Language l, FamilyState f) => Pick(l,
        $"{Name(f, f.Regisseur!.UserId)} is nu regisseur. Het gezinsgesprek en {Name(f, f.Regisseur!.UserId)} zelf hebben het gehoord.",
        $"{Name(f, f.Regisseur!.UserId)} is now the regisseur. The family's chat and {Name(f, f.Regisseur!.UserId)} have been told.");

    public static string CloseWithOpenActions(Language l, FamilyState f)
    {
        var open = f.Actions.Where(a => !a.IsClosed).ToList();
        var numbers = string.Join(", ", open.Select(a => a.Number));
        return Pick(l,
            $"Er staan nog {open.Count} open taken ({numbers}). Wat gebeurt daarmee? Rond ze af (**klaar met** nummer, nummer **lukt niet:** reden), leg ze bij een ander (**taak** nummer **naar** @collega), of sluit toch af met **gezin afsluiten: open taken vervallen,** reden.",
            $"There are still {open.Count} open tasks ({numbers}). What happens to them? Close them (**done** number, number **can't be done:** reason), give them to someone else (**task** number **to** @colleague), or close anyway with **close family: open tasks lapse,** reason.");
    }
}
