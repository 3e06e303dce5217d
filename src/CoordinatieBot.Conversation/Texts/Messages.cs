using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>
/// Everything the bot says, Dutch first, English where the user writes English. Tone: short, friendly,
/// acknowledging effort, blaming nobody. User text is passed through <see cref="UserText.Escape"/> before it is shown.
/// </summary>
public static partial class Messages
{
    public static string Help(Language l) => Pick(l,
        """
        Hallo! Ik help jullie de hulp rond één gezin te coördineren: één gezin, één plan, één regisseur.
        - **Starten:** **start gezin** Vlinder (een alias of casuscode, geen naam of BSN)
        - **Regie:** **wie is regisseur?** · **ik neem de regie** · **regie overdragen aan** @collega
        - **Taken:** **taak:** @collega belt de woningcorporatie voor vrijdag · **ik bel morgen de school** · @collega **kun jij** vrijdag de school bellen? · **verwijzing naar** @collega**:** … · **taak 3 naar** @collega
        - **Taak van het gezin:** **taak voor het gezin:** formulieren verzamelen, met @collega, voor vrijdag (de herinneringen gaan naar wie het gezin helpt)
        - **Niet bereikbaar:** **niet bereikbaar:** gezin neemt niet op sinds 3 maart · **gezin weer bereikt**
        - **Formulieren:** **taak**, **doel** of **toestemming** alleen geeft een formulier om in te vullen · bij een bericht: **…** → **Maak taak van dit bericht**
        - **Datums:** vrijdag · 18 december · rond 1 maart · eind december · volgende maand · week 3 · na de kerstvakantie
        - **Vragen in je eigen woorden:** wie heeft de regie over dit gezin? · wat is het plan? · wat staat er nog open voor mij? (weet ik niet zeker wat je bedoelt, dan vraag ik het met knoppen en verander ik niets)
        - **Stand van taken:** **klaar met 3** · school is gebeld · **3 bezig, verwacht** 18 december · **taak 3: wacht op IND tot 1 februari** · **3 nieuwe datum** vrijdag · **3 lukt niet:** reden
        - **Plan:** **plan** · **doel financiën:** … · **kracht:** … · **zorg:** … · **plan besproken met gezin**
        - **Plan voor het gezin** (regisseur): **plan voor het gezin** · **gezinsplan**: het plan in eenvoudige woorden, om samen door te nemen, te printen of als PDF te delen; zonder zorgen en notities van het team
        - **Taal van het gezin:** **het gezin spreekt Engels** · **gezinstaal: Nederlands**: het plan voor het gezin staat dan in die taal
        - **Casusoverleg:** **casusoverleg op** 14 januari **om** 10:00 **met** @collega**, gezin is erbij** · **casusoverleg verzetten naar** … · **casusoverleg gaat niet door** · **besluit:** @collega regelt … voor vrijdag (wordt een taak) of **besluit:** …
        - **Wie is wie:** **wie is wie?** · **ik ben van** Wijkteam Noord · **mijn rol:** uitvoerder/verwijzer/observer
        - **Toestemming:** **toestemming:** moeder, schriftelijk, voor Wijkteam, School, tot 1 juni 2027
        - **Overzicht:** **mijn taken** (ook in een 1-op-1 chat met mij) · **geschiedenis** · **niveau** MPG2 · **dagoverzicht aan**
        - **Tabbladen** (in mijn app in Teams): **Mijn taken**: je open taken in al je gezinnen, met Gedaan, Bezig en Nieuwe datum · **Regie op regie**: voor de procesmanager en de coördinator, alleen procesgegevens, ook als CSV
        - **Escaleren:** **knelpunt:** … (naar de procesmanager) · **escaleer taak 3** (regisseur) · **geen overeenstemming:** … (besluit van de procesmanager) · **zorg over veiligheid:** … (meteen naar de regisseur; de meldcode blijft de route)
        - **Procesmanager:** **wie is procesmanager?** · **procesmanager is** @naam
        - **Coördinator risicogezinnen** (bewaakt regulier, risicogezin en MPG1): **wie is coördinator?** · **coördinator is** @naam
        - **Afwezig:** **ik ben afwezig tot** 1 april, **vervanger** @collega (herinneringen gaan zolang naar de vervanger) · **ik ben terug**
        - **Afronden:** **gezin afsluiten:** reden (met open taken: **gezin afsluiten: open taken vervallen,** reden) · **gezin wissen**
        - **Looptijd:** **verlengen met 3 maanden:** reden · bij afsluiten per doel **doel 1 behaald:** … / **doel 2 deels:** … / **doel 3 niet behaald:** … · **nazorg afsluiten**
        English works too: **help**, **start family** Vlinder, **who is the regisseur?**, **add task for** @colleague: …
        """,
        """
        Hello! I help you coordinate the help around one family: one family, one plan, one regisseur (lead professional).
        - **Start:** **start family** Vlinder (an alias or case code, no name or BSN)
        - **Lead:** **who is the regisseur?** · **I take the lead** · **hand over the lead to** @colleague
        - **Tasks:** **add task for** @colleague: call the school by Friday · **I'll call the school tomorrow** · @colleague **could you** call the school by Friday? · **referral to** @colleague**:** … · **task 3 to** @colleague
        - **The family's own task:** **task for the family:** collect the forms, with @colleague, by Friday (the reminders go to whoever supports the family)
        - **Unreachable:** **family unreachable since** 3 March · **family reached again**
        - **Forms:** **add a task**, **add goal** or **consent** on its own gives a form to fill in · on a message: **…** → **Make a task of this message**
        - **Dates:** Friday · 18 December · around 1 March · end of December · next month · week 3 · after the Christmas holidays
        - **Questions in your own words:** who has the lead on this family? · what is the plan? · what is still open for me? (when I'm not sure what you mean, I ask with buttons and change nothing)
        - **Task status:** **done 3** · the school is called · **3 in progress, expected** 18 December · **3 waiting for IND until 1 February** · **move 3 to** Friday · **3 can't be done:** reason
        - **Plan:** **plan** · **goal finances:** … · **strength:** … · **worry:** … · **plan discussed with the family**
        - **Plan for the family** (regisseur): **plan for the family** · **family plan**: the plan in plain words, to go through together, print or share as a PDF; without the team's worries and notes
        - **The family's language:** **the family speaks English** · **family language: Dutch**: the family's plan is then in that language
        - **Case conference:** **case conference on** 14 January **at** 10:00 **with** @colleague**, family joins** · **move the case conference to** … · **cancel the case conference** · **decision:** @colleague arranges … by Friday (becomes a task) or **decision:** …
        - **Who is who:** **who is who?** · **I'm from** Wijkteam Noord · **my role:** executor/referrer/observer
        - **Consent:** **consent:** mother, written, for Wijkteam, School, until 1 June 2027
        - **Overview:** **my tasks** (also in a 1:1 chat with me) · **history** · **level** MPG2 · **daily digest on**
        - **Tabs** (in my app in Teams): **My tasks**: your open tasks in all your families, with Done, In progress and New date · **Process overview**: for the procesmanager and the coordinator, process facts only, also as CSV
        - **Escalate:** **bottleneck:** … (to the procesmanager) · **escalate task 3** (regisseur) · **no agreement:** … (a decision by the procesmanager) · **safety concern:** … (straight to the regisseur; the meldcode stays the route)
        - **Procesmanager:** **who is the procesmanager?** · **procesmanager is** @name
        - **Coordinator risicogezinnen** (guards regulier, risicogezin and MPG1): **who is the coordinator?** · **coordinator is** @name
        - **Away:** **I'm away until** 1 April, **cover** @colleague (reminders go to your cover meanwhile) · **I'm back**
        - **Closing:** **close family:** reason (with open tasks: **close family: open tasks lapse,** reason) · **erase family**
        - **Duration:** **extend by 3 months:** reason · at closing, per goal **goal 1 achieved:** … / **goal 2 partly:** … / **goal 3 not achieved:** … · **end aftercare**
        Dutch works too (Nederlands kan ook): **hallo**, **start gezin** Vlinder, **wie is regisseur?**
        """);

    /// <summary>The last resort, kept short: the commands the message resembled most, and the way to all of them.</summary>
    public static string NotUnderstood(Language l, IReadOnlyList<Type> closest)
    {
        var examples = closest.Select(t => Hints.Example(t, l)).OfType<string>().Distinct().Take(3).ToList();
        if (examples.Count == 0)
            examples = [Hints.Example(typeof(ShowPlanCommand), l)!, Hints.Example(typeof(AddTaskCommand), l)!, Hints.Example(typeof(TaskDoneCommand), l)!];
        return Pick(l, "Dat begreep ik niet helemaal. Bedoel je misschien iets als:", "I didn't quite get that. Did you mean something like:") + "\n" +
               string.Join("\n", examples.Select(e => "- " + e)) + "\n" +
               Pick(l, "Typ **help** voor alles wat ik kan.", "Type **help** for everything I can do.");
    }

    public static string YouAreWelcome(Language l) => Pick(l, "Graag gedaan!", "You're welcome!");

    public static string NoFamilyHere(Language l) => Pick(l,
        "Er is in dit gesprek nog geen gezin. Begin met **start gezin** gevolgd door een alias of casuscode, bijvoorbeeld: start gezin Vlinder.",
        "There is no family in this chat yet. Start with **start family** and an alias or case code, for example: start family Vlinder.");

    public static string FamilyNeedsGroup(Language l) => Pick(l,
        "Een gezin start je in een kanaalgesprek of groepschat met de betrokken professionals, zodat iedereen hetzelfde plan ziet. Hier, 1-op-1, kan je **mijn taken** vragen.",
        "Start a family in a channel thread or group chat with the professionals involved, so everyone sees the same plan. Here, one to one, you can ask for **my tasks**.");

    public static string FamilyStarted(Language l, string alias) => Pick(l,
        $"Gezin **{alias}** is gestart in dit gesprek. Wie neemt de regie? Zeg **ik neem de regie**. Voeg taken toe met **taak:** … en bekijk het plan met **plan**.",
        $"Family **{alias}** has started in this chat. Who takes the lead? Say **I take the lead**. Add tasks with **task:** … and see the plan with **plan**.");

    public static string FamilyAlreadyHere(Language l, string alias) => Pick(l,
        $"In dit gesprek loopt al gezin **{alias}**: één gezin, één plan. Start een ander gezin in een eigen kanaalgesprek of groepschat.",
        $"This chat already has family **{alias}**: one family, one plan. Start another family in its own channel thread or group chat.");

    public static string InvalidAlias(Language l) => Pick(l,
        $"Gebruik als naam een alias of casuscode van hoogstens {Family.MaxAliasLength} tekens, zonder BSN, e-mailadres of volledige naam. Bijvoorbeeld: start gezin Vlinder.",
        $"Please name the family with an alias or case code of at most {Family.MaxAliasLength} characters, without BSN, e-mail address or full name. For example: start family Vlinder.");

    public static string Busy(Language l) => Pick(l,
        "Er wordt op dit moment veel tegelijk aangepast. Probeer het over een paar seconden nog eens; er is niets verloren gegaan.",
        "A lot is being changed at this very moment. Please try again in a few seconds; nothing was lost.");

    public static string StorageDown(Language l) => Pick(l,
        "Ik kan de gegevens nu even niet bereiken. Er is niets gewijzigd; probeer het over een minuut nog eens.",
        "I can't reach the data right now. Nothing was changed; please try again in a minute.");

    public static string LevelChanged(Language l, FamilyLevel level) => Pick(l,
        $"Niveau aangepast naar **{LevelName(level)}**.",
        $"Level changed to **{LevelName(level)}**.");

    public static string LevelName(FamilyLevel level) => level switch
    {
        FamilyLevel.Regulier => "regulier",
        FamilyLevel.Risicogezin => "risicogezin",
        FamilyLevel.Mpg1 => "MPG1",
        FamilyLevel.Mpg2 => "MPG2",
        FamilyLevel.Mpg3 => "MPG3",
        FamilyLevel.Ompg => "OMPG",
        _ => level.ToString(),
    };

    public static string FamilyClosed(Language l, string alias) => Pick(l,
        $"Gezin **{alias}** is afgesloten. Dank voor ieders inzet. Het plan blijft bewaard tot de bewaartermijn verloopt.",
        $"Family **{alias}** is closed. Thank you all for your work. The plan is kept until the retention period ends.");
}
