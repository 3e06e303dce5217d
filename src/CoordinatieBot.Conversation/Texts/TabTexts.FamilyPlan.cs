using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class TabTexts
{
    /// <summary>
    /// "Plan voor het gezin": the page the regisseur opens (in the regisseur's language) and the family's own version of
    /// the plan on it and in its PDF (in the family's language). The family's words are plain (B1): short sentences, no
    /// jargon, warm and without judgement; a word the family may not know ("regisseur") comes with its explanation.
    /// </summary>
    public static class FamilyPlan
    {
        // ---- the page, for the regisseur ---------------------------------------------------------------------------

        public static string PageTitle(Language l) => Pick(l, "Plan voor het gezin", "Plan for the family");

        public static string PageIntro(Language l) => Pick(l,
            "Dit is het plan in eenvoudige woorden, voor het gezin zelf. Zorgen en notities van het team staan er niet in. Neem het samen door, print het of deel het als PDF.",
            "This is the plan in plain words, for the family itself. The team's worries and notes are not in it. Go through it together, print it or share it as a PDF.");

        public static string NameLabel(Language l) => Pick(l, "Naam op het plan", "Name on the plan");

        public static string NameHint(Language l) => Pick(l,
            "Bijvoorbeeld de voornaam van het gezin. Leeg: de naam uit het gesprek. De naam wordt nergens bewaard.",
            "For example the family's first name. Empty: the name from the chat. The name is not kept anywhere.");

        public static string LanguageLabel(Language l) => Pick(l, "Taal van het plan voor het gezin", "Language of the family's plan");

        public static string Dutch(Language l) => Pick(l, "Nederlands", "Dutch");

        public static string English(Language l) => Pick(l, "Engels", "English");

        public static string Download(Language l) => Pick(l, "PDF downloaden", "Download PDF");

        public static string SharedHeading(Language l) => Pick(l, "Gedeeld met het gezin?", "Shared with the family?");

        public static string DiscussedLabel(Language l) => Pick(l,
            "We hebben het plan vandaag samen met het gezin besproken", "We discussed the plan with the family today");

        public static string RecordShared(Language l) => Pick(l, "Vastleggen: gedeeld met het gezin", "Record: shared with the family");

        public static string SharedHint(Language l) => Pick(l,
            "In de geschiedenis komt alleen dat je het plan hebt gedeeld, en wanneer. Niet wat erin staat.",
            "The history only keeps that you shared the plan, and when. Not what is in it.");

        public static string Recorded(Language l, DateOnly on, bool discussed) => Pick(l,
            $"Vastgelegd: het plan is gedeeld met het gezin op {DutchDates.Long(on, l)}." + (discussed ? " Het plan staat nu als besproken met het gezin." : ""),
            $"Recorded: the plan was shared with the family on {DutchDates.Long(on, l)}." + (discussed ? " The plan is now marked as discussed with the family." : ""));

        /// <summary>The PDF's file name: never the family's alias or a typed name.</summary>
        public static string FileName(Language l) => Pick(l, "plan-voor-het-gezin.pdf", "plan-for-the-family.pdf");

        public static string Failed(Language l) => Pick(l,
            "Dat lukte nu niet. Probeer het zo nog eens.", "That did not work just now. Please try again in a moment.");

        /// <summary>One answer for a family one is not the regisseur of, not a member of, or that does not exist: nothing leaks.</summary>
        public static string NotFound(Language l) => Pick(l,
            "Dit plan kun je hier niet openen. Alleen de regisseur van het gezin kan het plan met het gezin delen, vanuit het gesprek van het gezin.",
            "You cannot open this plan here. Only the family's regisseur can share the plan with the family, from the family's chat.");

        // ---- in the chat -----------------------------------------------------------------------------------------------

        public static string OfferText(Language l) => Pick(l,
            "Het plan voor het gezin staat klaar: in eenvoudige woorden, zonder de zorgen en notities van het team. Open het om het samen door te nemen, te printen of als PDF te delen.",
            "The plan for the family is ready: in plain words, without the team's worries and notes. Open it to go through it together, print it or share it as a PDF.");

        public static string OfferButton(Language l) => Pick(l, "Plan voor het gezin openen", "Open the family's plan");

        /// <summary>The button on the plan card (the regisseur's).</summary>
        public static string PlanCardButton(Language l) => Pick(l, "Plan voor het gezin", "Plan for the family");

        public static string DialogTitle(Language l) => Pick(l, "Plan voor het gezin", "Plan for the family");

        public static string OnlyRegisseur(Language l, string? regisseur) => regisseur is { Length: > 0 } name
            ? Pick(l,
                $"Het plan voor het gezin deelt de regisseur, {UserText.Escape(name)}. Vraag het gerust aan {UserText.Escape(name)}; zo weet het gezin wie hun vaste contactpersoon is.",
                $"The family's plan is shared by the regisseur, {UserText.Escape(name)}. Feel free to ask {UserText.Escape(name)}; that way the family knows who their contact person is.")
            : Pick(l,
                "Het plan voor het gezin deelt de regisseur. Er is nog geen regisseur: wie de regie neemt ('ik neem de regie'), kan het plan met het gezin delen.",
                "The family's plan is shared by the regisseur. There is no regisseur yet: whoever takes the lead ('I take the lead') can share the plan with the family.");

        public static string OpenOutsideTeams(Language l) => Pick(l,
            "Open het plan voor het gezin vanuit het gesprek van het gezin in Teams.", "Open the family's plan from the family's chat in Teams.");

        // ---- the family's own version ----------------------------------------------------------------------------------

        public static string DocumentTitle(Language l, string name) => Pick(l, $"Ons plan: {name}", $"Our plan: {name}");

        public static string DocumentIntro(Language l) => Pick(l,
            "Dit is jullie plan. We hebben het samen gemaakt. Hier staat wat jullie willen bereiken. En wie wat doet, en wanneer.",
            "This is your plan. We made it together. It says what you want to achieve. And who does what, and when.");

        public static string MadeOn(Language l, DateOnly on) => Pick(l, $"Gemaakt op {DutchDates.Long(on, l)}", $"Made on {DutchDates.Long(on, l)}");

        public static string GoalsHeading(Language l) => Pick(l, "Wat jullie willen bereiken", "What you want to achieve");

        public static string InYourWords(Language l) => Pick(l, "In jullie eigen woorden:", "In your own words:");

        public static string WhatWeAgree(Language l) => Pick(l, "Wat we afspreken:", "What we agree:");

        public static string NoGoals(Language l) => Pick(l,
            "Wat jullie willen bereiken, schrijven we hier samen op.", "We will write down together what you want to achieve.");

        public static string OwnActionsHeading(Language l) => Pick(l, "Wat jullie zelf doen", "What you do yourselves");

        public static string HelpersHeading(Language l) => Pick(l, "Wat de mensen doen die jullie helpen", "What the people who help you will do");

        public static string NothingYet(Language l) => Pick(l, "Hier is nu nog niets afgesproken.", "Nothing has been agreed here yet.");

        /// <summary>The family's own action: who helps them with it.</summary>
        public static string HelpedBy(Language l, string helper) => Pick(l, $"{helper} helpt jullie hierbij.", $"{helper} helps you with this.");

        public static string Who(Language l, string name, string? organisation) => organisation is { Length: > 0 } o
            ? Pick(l, $"{name} ({o})", $"{name} ({o})")
            : name;

        public static string ByDate(Language l, DateOnly due) => Pick(l, $"Klaar op {DutchDates.Long(due, l)}", $"Done by {DutchDates.Long(due, l)}");

        /// <summary>A task whose date has passed: no past date (that would say it is late), just soon.</summary>
        public static string Soon(Language l) => Pick(l, "Zo snel als het kan.", "As soon as possible.");

        public static string NoDate(Language l) => Pick(l, "We spreken samen een datum af.", "We will agree on a date together.");

        public static string ContactHeading(Language l) => Pick(l, "Jullie vaste contactpersoon", "Your contact person");

        public static string ContactIs(Language l, string name, string? organisation) => organisation is { Length: > 0 } o
            ? Pick(l, $"{name}, van {o}.", $"{name}, from {o}.")
            : Pick(l, $"{name}.", $"{name}.");

        public static string RegisseurExplained(Language l, string name) => Pick(l,
            $"{name} is jullie regisseur. Dat betekent: {name} houdt het overzicht over alle hulp. Met een vraag kunnen jullie altijd bij {name} terecht.",
            $"{name} is your regisseur. That means: {name} keeps track of all the help you get. You can always go to {name} with a question.");

        public static string ReachByMail(Language l, string mail) => Pick(l, $"E-mail: {mail}", $"Email: {mail}");

        public static string ReachByPhone(Language l, string phone) => Pick(l, $"Bellen: {phone}", $"Call: {phone}");

        public static string NoContactYet(Language l) => Pick(l,
            "Jullie krijgen binnenkort één vaste contactpersoon. Die houdt het overzicht over alle hulp.",
            "You will soon have one contact person. They will keep track of all the help you get.");

        public static string NextHeading(Language l) => Pick(l, "Wanneer praten we weer?", "When do we talk again?");

        public static string NextMeeting(Language l, DateOnly on, TimeOnly at) => Pick(l,
            $"Op {DutchDates.Long(on, l)} om {at:HH\\:mm} uur praten we met iedereen die helpt over hoe het gaat.",
            $"On {DutchDates.Long(on, l)} at {at:HH\\:mm} everyone who helps will talk about how things are going.");

        public static string YouJoin(Language l) => Pick(l, "Jullie zijn daar ook bij.", "You will be there too.");

        public static string YouHear(Language l, string contact) => Pick(l, $"Daarna vertelt {contact} jullie hoe het ging.", $"Afterwards {contact} will tell you how it went.");

        public static string LookBack(Language l, DateOnly on) => Pick(l,
            $"Rond {DutchDates.Long(on, l)} kijken we samen terug: wat ging goed, en wat is nog nodig?",
            $"Around {DutchDates.Long(on, l)} we will look back together: what went well, and what is still needed?");

        public static string NoDateYet(Language l) => Pick(l,
            "We spreken samen af wanneer we weer praten.", "We will agree together when we talk again.");

        public static string SignHeading(Language l) => Pick(l, "Samen besproken", "Discussed together");

        public static string SignText(Language l) => Pick(l,
            "We hebben dit plan samen besproken. We doen ons best om het samen uit te voeren.",
            "We discussed this plan together. We will do our best to carry it out together.");

        public static string SignDate(Language l) => Pick(l, "Datum", "Date");

        public static string SignFamily(Language l) => Pick(l, "Handtekening gezin", "Signature family");

        public static string SignRegisseur(Language l, string? name) => name is { Length: > 0 } n
            ? Pick(l, $"Handtekening {n}", $"Signature {n}")
            : Pick(l, "Handtekening contactpersoon", "Signature contact person");

        /// <summary>The page number in the PDF's footer: "Pagina 1 van 2".</summary>
        public static string PageOf(Language l, int page, int pages) => Pick(l, $"Pagina {page} van {pages}", $"Page {page} of {pages}");

        /// <summary>
        /// The life domains (leefgebieden) in everyday words, for the family. A domain the team named otherwise keeps
        /// its own name.
        /// </summary>
        public static string Area(Language l, string leefgebied) => Fold(leefgebied) switch
        {
            "financien en schulden" => Pick(l, "Geld en schulden", "Money and debts"),
            "werk en inkomen" => Pick(l, "Werk en inkomen", "Work and income"),
            "wonen en huishouden" => Pick(l, "Wonen en het huishouden", "Home and housekeeping"),
            "opvoeding en ontwikkeling" => Pick(l, "Opvoeden, de kinderen en school", "Raising the children, and school"),
            "gezondheid en psychisch welzijn" => Pick(l, "Gezondheid en je goed voelen", "Health and feeling well"),
            "veiligheid" => Pick(l, "Veilig thuis", "Being safe at home"),
            "sociaal netwerk en participatie" => Pick(l, "Mensen om jullie heen en meedoen", "People around you, and taking part"),
            "politie en justitie" => Pick(l, "Politie en rechter", "Police and courts"),
            _ => leefgebied,
        };

        private static string Fold(string s) => TextFold.Fold(s.Trim()).ToLowerInvariant();
    }
}
