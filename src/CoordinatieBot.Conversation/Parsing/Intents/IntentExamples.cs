namespace CoordinatieBot.Conversation.Parsing.Intents;

/// <summary>What a kind of message means to the bot, and how its details are read when the bot guesses it.</summary>
internal enum IntentKind
{
    /// <summary>Asks something: a clear resemblance is answered at once (an answer changes nothing).</summary>
    Question,

    /// <summary>Changes the family: only ever offered as a choice, never made from a resemblance.</summary>
    Change,

    /// <summary>Not meant for the bot (chit-chat, "ik ben morgen afwezig"): neither answered nor guessed.</summary>
    NotMeant,
}

/// <summary>One kind of message: its examples, and the command it would be (null when the details needed are not in the message).</summary>
internal sealed record Intent(IntentKind Kind, Func<GuessInput, Command?> Build, string[] Phrasings)
{
    /// <summary>The command type this kind builds, for hints (null for chit-chat).</summary>
    public required Type Example { get; init; }
}

/// <summary>
/// How professionals say what they want, a few phrasings per kind: the matcher compares a message with these as a whole
/// (its words, and their letters for typos), so a phrasing that is not here still finds its kind. Questions are answered;
/// changes are offered as buttons ("Bedoel je: …") and made only on a press; chit-chat is a class of its own, so
/// "goedemorgen allemaal" is neither a task nor a question.
/// </summary>
internal static class IntentExamples
{
    public static readonly Intent[] All =
    [
        Question<WhoIsRegisseurCommand>(_ => new WhoIsRegisseurCommand(),
        [
            "wie is de regisseur", "wie heeft de regie", "wie heeft de regie over dit gezin", "wie is hier regisseur",
            "wie voert de regie", "bij wie ligt de regie", "wie is de casusregisseur", "wie is het aanspreekpunt voor dit gezin",
            "wie coördineert dit gezin", "wie leidt dit", "who is the regisseur", "who has the lead", "who leads this family",
            "who is the lead professional", "who coordinates this case", "wie is de regiehouder", "wie is de lead", "wie is de trekker",
        ]),
        Question<ShowPlanCommand>(_ => new ShowPlanCommand(),
        [
            "wat is het plan", "laat het plan zien", "toon het plan", "het plan graag", "hoe ziet het plan eruit", "waar staat het plan",
            "mag ik het plan zien", "wat zijn de doelen", "welke doelen hebben we", "wat is er afgesproken", "overzicht van het plan",
            "welke taken zijn er", "alle taken", "wat zijn de taken", "wat staat er allemaal open", "status", "stand van zaken",
            "hoe staat het ervoor", "show the plan", "what is the plan", "what is the status", "what are the goals", "can i see the plan", "what did we agree",
        ]),
        Question<FamilyPlanCommand>(_ => new FamilyPlanCommand(),
        [
            "kan ik het plan aan het gezin geven", "een versie van het plan voor het gezin", "het plan in gewone taal", "het plan in eenvoudige taal",
            "het plan printen voor de ouders", "een printbaar plan voor het gezin", "plan om mee te geven aan het gezin", "plan voor de ouders",
            "the plan in plain language", "a version of the plan for the family", "printable plan for the family", "plan for the parents",
        ]),
        Question<WhoIsWhoCommand>(_ => new WhoIsWhoCommand(),
        [
            "wie is wie", "wie zitten er in deze groep", "wie doet wat", "wie zijn er betrokken", "welke organisaties zijn betrokken",
            "wie zijn de betrokkenen", "wie hoort bij dit gezin", "who is who", "who is involved", "who does what", "which organisations are involved",
        ]),
        Question<MyTasksCommand>(_ => new MyTasksCommand(),
        [
            "mijn taken", "wat zijn mijn taken", "welke taken heb ik", "wat moet ik nog doen", "wat staat er open voor mij",
            "wat staat er nog op mijn lijstje", "heb ik nog taken open", "waar moet ik nog aan denken", "my tasks", "what are my tasks",
            "what do i still have to do", "what is open for me", "wat staat er op mij", "welke taken staan op mijn naam",
        ]),
        Question<HistoryCommand>(_ => new HistoryCommand(),
        [
            "geschiedenis", "wat is er gebeurd", "wat is er veranderd", "wie heeft wat veranderd", "wat is er de laatste tijd gedaan",
            "laat de geschiedenis zien", "wat is er recent aangepast", "history", "what happened", "what changed", "who changed what",
        ]),
        Question<WhoIsProcesmanagerCommand>(_ => new WhoIsProcesmanagerCommand(),
        [
            "wie is de procesmanager", "wie is onze procesmanager", "bij wie kan ik escaleren", "wie is de procesregisseur",
            "who is the procesmanager", "who is the process manager", "who do i escalate to",
        ]),
        Question<HelpCommand>(_ => new HelpCommand(),
        [
            "help", "wat kan ik met deze bot", "wat kun je", "hoe werkt dit", "hoe werkt de bot", "wat kan ik allemaal typen",
            "welke commando's zijn er", "uitleg", "hoe gebruik ik dit", "wat kan ik zeggen", "hoe voeg ik een taak toe", "hoe doe ik dat",
            "how does this work", "what can you do", "what can i type", "which commands are there", "how do i use this", "how do i add a task",
        ]),
        Change<TakeRegieCommand>(g => g.SaysNot ? null : new TakeRegieCommand(),
        [
            "ik neem de regie", "ik wil de regie wel nemen", "ik neem het over als regisseur", "ik word regisseur", "ik pak de regie op",
            "zal ik de regie nemen", "ik kan de regie wel doen", "ik doe de regie wel", "ik pak de lead", "i will take the lead", "i can be the regisseur", "i'll lead this",
        ]),
        NotMeant(
        [
            "goedemorgen allemaal", "goedemiddag", "hoi allemaal", "dank je", "dank je wel", "bedankt", "top", "prima", "ok", "oke",
            "haha", "super", "goed bezig", "nee hoor", "sorry verkeerde chat", "sorry ik was even weg", "bedankt voor je hulp", "ik zie jullie",
            "ik denk dat het goed gaat", "ik ben bereikbaar", "ik ga naar huis", "ik kom later", "de printer doet het niet", "klinkt goed",
            "ik ben er morgen niet", "ik ben vrijdag afwezig", "fijn weekend", "tot morgen", "klopt", "eens",
            "good morning", "thanks", "thank you", "see you tomorrow", "sounds good",
        ]),

        // ---- changes: never made from a resemblance; the bot asks, with the likeliest meanings as buttons ----

        Change<AcceptRegieCommand>(g => g.SaysNot ? null : new AcceptRegieCommand(),
        [
            "ik neem de regie aan", "ja ik neem hem aan", "goed ik neem hem", "ik accepteer de regie", "prima ik neem het over",
            "ik neem de overdracht aan", "accepteren", "i accept the handover", "yes i will take it over", "i accept the lead",
        ]),
        Change<DeclineRegieCommand>(g => new DeclineRegieCommand(g.Rest),
        [
            "ik kan de regie niet nemen", "nee ik neem de regie niet aan", "ik weiger de overdracht", "helaas kan ik de regie niet overnemen",
            "weigeren", "ik zie geen ruimte voor de regie", "i can't take the lead", "i decline the handover", "sorry i cannot take over",
        ]),
        Change<HandOverRegieCommand>(g => g.Person is { } to ? new HandOverRegieCommand(to, null) : null,
        [
            "wil jij de regie overnemen", "de regie gaat naar", "neem jij de regie over", "ik draag de regie over aan",
            "neemt de regie over", "ik geef de regie aan", "ik geef de lead aan", "can you take over the lead", "the lead goes to",
            "i hand the lead over to",
        ]),
        Change<SetProcesmanagerCommand>(g => g.Person is { } to ? new SetProcesmanagerCommand(to) : null,
        [
            "maak procesmanager", "procesmanager instellen", "zet als procesmanager", "wijs aan als procesmanager",
            "procesmanager wordt", "set process manager to", "make process manager", "assign as process manager",
        ]),
        Change<EscalateTaskCommand>(g => g.Number is { } n ? new EscalateTaskCommand(n) : null,
        [
            "taak moet geescaleerd worden", "ik wil taak escaleren", "escaleer taak naar de procesmanager", "taak escaleren naar procesmanager",
            "dit moet naar de procesmanager", "escalate task", "task needs to be escalated", "escalate this to the process manager",
        ]),
        Change<TaskDoneCommand>(g => g is { Number: { } n, SaysNot: false } ? new TaskDoneCommand(n) : null,
        [
            "taak is klaar", "is voor elkaar", "is gelukt", "is afgehandeld", "is rond", "klaar zie verslag", "is gedaan", "heb ik afgerond",
            "task is done", "finished task", "task completed", "all done with",
        ]),
        Change<TaskInProgressCommand>(g => g.Number is { } n ? new TaskInProgressCommand(n) : null,
        [
            "ben ermee bezig", "loopt nog", "is onderweg", "ik zit erop", "ik ben met taak bezig", "wordt aan gewerkt", "in behandeling",
            "working on it", "still in progress", "i'm on it",
        ]),
        Change<TaskNotPossibleCommand>(g => g.Number is { } n ? new TaskNotPossibleCommand(n, g.Rest) : null,
        [
            "is niet gelukt", "lukt helaas niet", "gaat niet lukken", "kan niet doorgaan", "lukt niet want", "can't do", "didn't work out",
            "not going to happen", "could not be done",
        ]),
        Change<TaskWaitingCommand>(g => g is { Number: { } n, WaitingFor: { } party } ? new TaskWaitingCommand(n, party, null) : null,
        [
            "taak staat on hold wachten op", "wacht nog op", "we wachten op", "staat stil tot", "ligt bij", "on hold", "waiting on",
            "still waiting for",
        ]),
        Change<TaskReassignCommand>(g => g is { Number: { } n, Person: { } to } ? new TaskReassignCommand(n, to) : null,
        [
            "kun jij taak overnemen", "taak is voor", "zet taak op", "taak mag naar", "taak doorzetten naar", "kan taak doen", "geef taak aan",
            "can you take over task", "task is for", "give task to",
        ]),
        Change<TaskNewDateCommand>(g => g is { Number: { } n, Date: { } date } ? new TaskNewDateCommand(n, date, null) : null,
        [
            "taak wordt later", "kunnen we taak verplaatsen", "taak later", "taak schuift", "taak gaat naar een andere datum", "taak uitstellen",
            "can we move task", "task later", "task is postponed",
        ]),
        Change<KnelpuntCommand>(g => new KnelpuntCommand(g.Rest ?? g.Whole),
        [
            "er is een knelpunt", "we lopen vast", "er gebeurt niks", "de hulp komt niet van de grond", "de gemeente reageert niet", "het loopt niet",
            "niemand reageert", "knelpunt", "issue the school won't share information", "we are stuck", "nobody responds",
        ]),
        Change<ImpasseCommand>(g => new ImpasseCommand(g.Rest ?? g.Whole),
        [
            "we zitten in een impasse", "we komen niet verder", "het zit vast", "we komen er niet uit", "we zijn het niet eens", "impasse", "deadlock",
            "we can't agree", "we are deadlocked",
        ]),
        Change<SafetyConcernCommand>(g => new SafetyConcernCommand(g.Rest ?? g.Whole),
        [
            "veiligheid", "zorgen over de veiligheid", "signalen van kindermishandeling", "onveilige situatie thuis",
            "huiselijk geweld", "zorg om de veiligheid van de kinderen", "safety concern", "signs of abuse", "the children are not safe",
        ]),
        Change<DigestCommand>(g => new DigestCommand(!g.Negated),
        [
            "dagelijkse samenvatting aan", "zet de digest aan", "ik wil geen overzicht meer", "stuur me elke dag een overzicht", "weekoverzicht aan",
            "samenvatting uit", "daily digest on", "stop the digest", "send me a daily summary",
        ]),
        Change<StartFamilyCommand>(g => g.Rest is { } alias ? new StartFamilyCommand(alias) : null,
        [
            "kun je een nieuw gezin aanmaken", "nieuw gezin", "maak een gezin aan", "gezin toevoegen", "new family", "create a family",
        ]),
        Change<CloseFamilyCommand>(_ => new CloseFamilyCommand(null),
        [
            "we kunnen het gezin afsluiten", "gezin afsluiten hulp is afgerond", "dossier sluiten", "de hulp is klaar we sluiten af",
            "close the family", "we can close this case",
        ]),
        Change<EraseFamilyCommand>(_ => new EraseFamilyCommand(false, null),
        [
            "verwijder de gegevens", "alles wissen", "gezin definitief wissen", "gegevens van het gezin weghalen",
            "delete all data of this family", "erase this family",
        ]),
    ];

    private static Intent Question<T>(Func<GuessInput, Command?> build, string[] phrasings) where T : Command =>
        new(IntentKind.Question, build, phrasings) { Example = typeof(T) };

    private static Intent Change<T>(Func<GuessInput, Command?> build, string[] phrasings) where T : Command =>
        new(IntentKind.Change, build, phrasings) { Example = typeof(T) };

    private static Intent NotMeant(string[] phrasings) => new(IntentKind.NotMeant, _ => null, phrasings) { Example = typeof(UnknownCommand) };
}
