namespace CoordinatieBot.Conversation.Parsing.Intents;

/// <summary>
/// How professionals ask the bot what it knows, a few phrasings per question: the matcher compares a message with
/// these as a whole (its words, and their letters for typos), so a phrasing that is not here still finds its question.
/// Only questions: a match answers, it never changes a family. Chit-chat and the regie said in words are classes of their
/// own (no command): "goedemorgen allemaal" is not meant for the bot, and "ik wil de regie wel nemen" is neither the
/// nearest question nor a task; the bot asks rather than guess a change.
/// </summary>
internal static class QuestionExamples
{
    public static readonly (Func<Command>? Command, string[] Phrasings)[] All =
    [
        (() => new WhoIsRegisseurCommand(),
        [
            "wie is de regisseur", "wie heeft de regie", "wie heeft de regie over dit gezin", "wie is hier regisseur",
            "wie voert de regie", "bij wie ligt de regie", "wie is de casusregisseur", "wie is het aanspreekpunt voor dit gezin",
            "wie coördineert dit gezin", "wie leidt dit", "who is the regisseur", "who has the lead", "who leads this family",
            "who is the lead professional", "who coordinates this case",
        ]),
        (() => new ShowPlanCommand(),
        [
            "wat is het plan", "laat het plan zien", "toon het plan", "het plan graag", "hoe ziet het plan eruit", "waar staat het plan",
            "mag ik het plan zien", "wat zijn de doelen", "welke doelen hebben we", "wat is er afgesproken", "overzicht van het plan",
            "show the plan", "what is the plan", "what are the goals", "can i see the plan", "what did we agree",
        ]),
        (() => new WhoIsWhoCommand(),
        [
            "wie is wie", "wie zitten er in deze groep", "wie doet wat", "wie zijn er betrokken", "welke organisaties zijn betrokken",
            "wie zijn de betrokkenen", "wie hoort bij dit gezin", "who is who", "who is involved", "who does what", "which organisations are involved",
        ]),
        (() => new MyTasksCommand(),
        [
            "mijn taken", "wat zijn mijn taken", "welke taken heb ik", "wat moet ik nog doen", "wat staat er open voor mij",
            "wat staat er nog op mijn lijstje", "heb ik nog taken open", "waar moet ik nog aan denken", "my tasks", "what are my tasks",
            "what do i still have to do", "what is open for me",
        ]),
        (() => new HistoryCommand(),
        [
            "geschiedenis", "wat is er gebeurd", "wat is er veranderd", "wie heeft wat veranderd", "wat is er de laatste tijd gedaan",
            "laat de geschiedenis zien", "wat is er recent aangepast", "history", "what happened", "what changed", "who changed what",
        ]),
        (() => new WhoIsProcesmanagerCommand(),
        [
            "wie is de procesmanager", "wie is onze procesmanager", "bij wie kan ik escaleren", "wie is de procesregisseur",
            "who is the procesmanager", "who is the process manager", "who do i escalate to",
        ]),
        (() => new HelpCommand(),
        [
            "help", "wat kan ik met deze bot", "wat kun je", "hoe werkt dit", "hoe werkt de bot", "wat kan ik allemaal typen",
            "welke commando's zijn er", "uitleg", "how does this work", "what can you do", "what can i type", "which commands are there",
        ]),
        (null,
        [
            "ik neem de regie", "ik wil de regie wel nemen", "ik neem het over als regisseur", "ik word regisseur", "ik pak de regie op",
            "zal ik de regie nemen", "ik kan de regie wel doen", "i will take the lead", "i can be the regisseur", "i'll lead this",
        ]),
        (null,
        [
            "goedemorgen allemaal", "goedemiddag", "hoi allemaal", "dank je", "dank je wel", "bedankt", "top", "prima", "ok", "oke",
            "ik ben er morgen niet", "ik ben vrijdag afwezig", "fijn weekend", "tot morgen", "klopt", "eens",
            "good morning", "thanks", "thank you", "see you tomorrow", "sounds good",
        ]),
    ];
}
