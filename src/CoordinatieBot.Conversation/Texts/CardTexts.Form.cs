using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>The forms: a task, a goal, the family's consent (also the dialog of "Maak taak van dit bericht").</summary>
    public static class FormCard
    {
        public static string Title(Language l, FormKind kind) => kind switch
        {
            FormKind.Goal => Pick(l, "Nieuw doel voor ", "New goal for "),
            FormKind.Consent => Pick(l, "Toestemming van het gezin ", "The family's consent for "),
            _ => Pick(l, "Nieuwe taak voor ", "New task for "),
        };

        public static string Intro(Language l, FormKind kind) => kind switch
        {
            FormKind.Goal => Pick(l, "Wat wil het gezin bereiken? Schrijf het liefst ook op hoe het gezin het zelf zegt.",
                "What does the family want to achieve? Preferably also write down how the family puts it."),
            FormKind.Consent => Pick(l, "Voor welke organisaties mag informatie over het gezin gedeeld worden, en waarvoor?",
                "Which organisations may share information about the family, and what for?"),
            _ => Pick(l, "Wie doet wat, en wanneer?", "Who does what, and by when?"),
        };

        public static string What(Language l) => Pick(l, "Wat moet er gebeuren?", "What needs to happen?");
        public static string WhatPlaceholder(Language l) => Pick(l, "bijv. woningcorporatie bellen over de huurachterstand", "e.g. call the housing association about the rent arrears");
        public static string Who(Language l) => Pick(l, "Wie doet het? (leeg: jij)", "Who does it? (empty: you)");
        public static string WhoPlaceholder(Language l) => Pick(l, "Zoek iemand in deze chat", "Search someone in this chat");
        public static string Due(Language l) => Pick(l, "Uiterlijk op", "Due by");
        public static string Urgent(Language l) => Pick(l, "Dit is spoed", "This is urgent");
        public static string Leefgebied(Language l, bool optional) => optional
            ? Pick(l, "Leefgebied (mag leeg)", "Leefgebied (life domain, may be empty)")
            : Pick(l, "Leefgebied", "Leefgebied (life domain)");
        public static string Goal(Language l) => Pick(l, "Doel", "Goal");
        public static string GoalPlaceholder(Language l) => Pick(l, "bijv. de huur wordt elke maand op tijd betaald", "e.g. the rent is paid on time every month");
        public static string FamilyWords(Language l) => Pick(l, "In de woorden van het gezin (mag leeg)", "In the family's own words (may be empty)");
        public static string FamilyWordsPlaceholder(Language l) => Pick(l, "bijv. “Geen brieven meer van de deurwaarder”", "e.g. “No more letters from the bailiff”");
        public static string GivenBy(Language l) => Pick(l, "Gegeven door", "Given by");
        public static string GivenByPlaceholder(Language l) => Pick(l, "bijv. moeder, of beide ouders", "e.g. mother, or both parents");
        public static string How(Language l) => Pick(l, "Hoe", "How");
        public static string Organisations(Language l) => Pick(l, "Organisaties", "Organisations");
        public static string OtherOrganisations(Language l) => Pick(l, "Andere organisaties (met komma's ertussen)", "Other organisations (separated by commas)");
        public static string OtherOrganisationsPlaceholder(Language l) => Pick(l, "bijv. GGD, School De Vlinder", "e.g. GGD, School De Vlinder");
        public static string Purpose(Language l) => Pick(l, "Waarvoor (mag leeg)", "What for (may be empty)");
        public static string PurposePlaceholder(Language l) => Pick(l, "bijv. afstemming van de hulp", "e.g. coordinating the help");
        public static string Until(Language l) => Pick(l, "Geldig tot (mag leeg)", "Valid until (may be empty)");
        public static string Add(Language l) => Pick(l, "Toevoegen", "Add");
        public static string Record(Language l) => Pick(l, "Vastleggen", "Record");
        /// <summary>The dialog of the message action (the manifest's command title says the same).</summary>
        public static string FromMessageTitle(Language l) => Pick(l, "Maak taak van dit bericht", "Make a task of this message");

        public static string OutsideFamily(Language l) => Pick(l,
            "Een taak van een bericht maak je in de chat van een gezin: kies daar bij het bericht 'Maak taak van dit bericht'. In deze chat hoort nog geen gezin; start er een met 'start gezin' en een alias.",
            "Make a task of a message in a family's chat: there, choose 'Make a task of this message' on the message. This chat has no family yet; start one with 'start family' and an alias.");

        public static string OpenTaskForm(Language l) => Pick(l, "Taak toevoegen", "Add a task");

        /// <summary>The ways consent can be given, as (title, value): the value is the word the consent then says.</summary>
        public static IReadOnlyList<(string Title, string Value)> HowChoices(Language l) => l == Language.English
            ? [("In writing", "written"), ("Verbally", "verbal"), ("Digitally (e-mail, signed online)", "digital")]
            : [("Schriftelijk", "schriftelijk"), ("Mondeling", "mondeling"), ("Digitaal (e-mail, online getekend)", "digitaal")];

        public static string NeedsWhat(Language l) => Pick(l, "Vul nog in wat er moet gebeuren.", "Please fill in what needs to happen.");
        public static string NeedsDate(Language l) => Pick(l, "Kies nog een datum: wanneer moet het klaar zijn?", "Please pick a date: when should it be done?");
        public static string NeedsGoal(Language l) => Pick(l, "Vul nog het doel en het leefgebied in.", "Please fill in the goal and the leefgebied.");
        public static string NeedsConsent(Language l) => Pick(l, "Vul nog in wie de toestemming gaf, hoe, en voor welke organisaties.",
            "Please fill in who gave consent, how, and for which organisations.");
        public static string AlreadyDone(Language l) => Pick(l, "Dit formulier is al verstuurd; er is niets dubbel toegevoegd.", "This form was already sent; nothing was added twice.");
    }
}
