using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Tabs;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Tabs;

/// <summary>The family's own version of the plan (issue 19): what goes in, what stays out, in plain Dutch and English.</summary>
public class FamilyPlanReaderTests
{
    private static readonly Actor Piet = SampleFamilies.Piet;
    private static readonly Actor Ahmed = SampleFamilies.Ahmed;

    /// <summary>The full sample plan (MPG2, a worry, a strength, a waiting task, a done task) with a family's own task and a casusoverleg.</summary>
    private static FamilyState Plan()
    {
        var family = SampleFamilies.Full();
        family.SetOrganisation(Ahmed, "Schuldhulp Rotterdam", null, SampleFamilies.Today, SampleFamilies.Now);
        family.AddAction(Piet, Ahmed.UserId, "alle brieven van de bank verzamelen", SampleFamilies.Today.AddDays(7), false, false, null,
            SampleFamilies.Today, SampleFamilies.Now, out _, forFamily: true);
        family.PlanMeeting(Piet, new DateOnly(2027, 1, 14), new TimeOnly(10, 0), null, familyJoins: true, SampleFamilies.Today, SampleFamilies.Now, out _);
        family.Raise(Piet, EscalationKind.Knelpunt, "school reageert niet", SampleFamilies.Now, out _);
        // What FamilyTurns notes after every change: the next time norm, here the evaluation after six months.
        return family.State with { NextNormOn = SampleFamilies.Today.AddMonths(6) };
    }

    private static string Text(FamilyPlanDocument d) => string.Join("\n", d.AllText());

    [Fact]
    public void The_family_s_words_come_first_per_life_domain_in_everyday_words()
    {
        var document = FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.Dutch);

        var goals = document.Sections[0];
        Assert.Equal("Wat jullie willen bereiken", goals.Heading);
        Assert.Equal(
        [
            (FamilyPlanLineKind.Subheading, "Geld en schulden"),
            (FamilyPlanLineKind.Detail, "In jullie eigen woorden:"),
            (FamilyPlanLineKind.Quote, "“we willen weer rust”"),
            (FamilyPlanLineKind.Detail, "Wat we afspreken:"),
            (FamilyPlanLineKind.Text, "schulden in kaart en een regeling"),
            (FamilyPlanLineKind.Subheading, "Wonen en het huishouden"),
            (FamilyPlanLineKind.Text, "huurachterstand opgelost"),
        ], goals.Lines.Take(7).Select(l => (l.Kind, l.Text)));
        Assert.Contains(goals.Lines, l => l.Text == "Opvoeden, de kinderen en school");
    }

    [Fact]
    public void The_family_s_own_actions_are_what_you_do_yourselves_and_the_others_say_who_and_by_when()
    {
        var document = FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.Dutch);

        var own = document.Sections[1];
        Assert.Equal("Wat jullie zelf doen", own.Heading);
        Assert.Equal(["alle brieven van de bank verzamelen", "Klaar op 2 december 2026. Ahmed Yilmaz helpt jullie hierbij."], own.Lines.Select(l => l.Text));
        var helpers = document.Sections[2];
        Assert.Equal("Wat de mensen doen die jullie helpen", helpers.Heading);
        Assert.Contains(helpers.Lines, l => l.Text == "Ahmed Yilmaz (Schuldhulp Rotterdam) · Klaar op 27 november 2026.");
        Assert.Contains(helpers.Lines, l => l.Text == "verblijfsvergunning");
        // Done tasks are not ahead any more.
        Assert.DoesNotContain(helpers.Lines, l => l.Text.Contains("intake GGZ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_contact_person_is_explained_and_reachable_and_the_next_moment_to_talk_is_there()
    {
        var document = FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.Dutch, regisseurMail: "piet@wijkteam.example.nl");
        var text = Text(document);

        Assert.Contains("Piet de Vries, van Wijkteam Noord.", text);
        Assert.Contains("Piet de Vries is jullie regisseur. Dat betekent: Piet de Vries houdt het overzicht over alle hulp.", text);
        Assert.Contains("E-mail: piet@wijkteam.example.nl", text);
        Assert.Contains("Op 14 januari 2027 om 10:00 uur praten we met iedereen die helpt over hoe het gaat. Jullie zijn daar ook bij.", text);
        Assert.Contains("Rond 25 mei 2027 kijken we samen terug", text);
        Assert.Equal(["Datum", "Handtekening gezin", "Handtekening Piet de Vries"],
            document.Sections[^1].Lines.Where(l => l.Kind == FamilyPlanLineKind.SignLine).Select(l => l.Text));
    }

    [Fact]
    public void The_phone_is_there_when_the_directory_has_one_and_nothing_is_said_without_it()
    {
        var dutch = Text(FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.Dutch, regisseurMail: "piet@wijkteam.example.nl", regisseurPhone: " 06 1234 5678 "));
        Assert.Contains("Bellen: 06 1234 5678", dutch);
        var english = Text(FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.English, regisseurPhone: "+31 10 123 4567"));
        Assert.Contains("Call: +31 10 123 4567", english);

        var none = Text(FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.Dutch, regisseurMail: "piet@wijkteam.example.nl"));
        Assert.DoesNotContain("Bellen", none);
        var blank = Text(FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.English, regisseurPhone: " "));
        Assert.DoesNotContain("Call:", blank);
    }

    [Fact]
    public void A_date_that_has_passed_is_not_shown_so_nothing_says_late()
    {
        var later = SampleFamilies.Today.AddDays(20); // every task's date has passed
        var text = Text(FamilyPlanReader.Build(Plan(), later, Language.Dutch));

        Assert.Contains("Ahmed Yilmaz (Schuldhulp Rotterdam) · Zo snel als het kan.", text);
        Assert.DoesNotContain("Klaar op", text);
        Assert.Contains("As soon as possible.", Text(FamilyPlanReader.Build(Plan(), later, Language.English)));
    }

    [Theory]
    [InlineData(Language.Dutch)]
    [InlineData(Language.English)]
    public void No_worries_strengths_notes_process_facts_or_codes_are_in_it(Language language)
    {
        var text = Text(FamilyPlanReader.Build(Plan(), SampleFamilies.Today, language));

        foreach (var forbidden in new[]
                 {
                     "energie dreigt", "moeder is zeer betrokken", "school reageert niet", "wacht op IND", "MPG", "niveau", "level", "leefgebied", "life domain",
                     "escalat", "knelpunt", "procesmanager", "te laat", "overdue", "wacht op", "waiting", "bezig", "in progress", "taak 1", "task 1",
                     "fam-1", "29:", "tenant", "Mpg2", "WithFamily", "Active", "ForFamily", "verwijzer", "casusoverleg", "case conference",
                 })
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(^|\n)\d+\. ", text); // no task or goal numbers
    }

    [Fact]
    public void In_english_when_the_family_s_language_is_english()
    {
        var document = FamilyPlanReader.Build(Plan(), SampleFamilies.Today, Language.English, regisseurMail: "piet@wijkteam.example.nl");
        var text = Text(document);

        Assert.Equal("Our plan: Vlinder", document.Title);
        Assert.Contains("What you want to achieve", text);
        Assert.Contains("Money and debts", text);
        Assert.Contains("In your own words:", text);
        Assert.Contains("What you do yourselves", text);
        Assert.Contains("Done by 2 December 2026. Ahmed Yilmaz helps you with this.", text);
        Assert.Contains("Piet de Vries is your regisseur. That means:", text);
        Assert.Contains("Email: piet@wijkteam.example.nl", text);
        Assert.Contains("On 14 January 2027 at 10:00", text);
        Assert.DoesNotContain(" het ", text);
        Assert.DoesNotContain(" jullie ", text);
    }

    [Fact]
    public void Short_sentences_and_no_jargon_without_an_explanation()
    {
        foreach (var language in new[] { Language.Dutch, Language.English })
        {
            var document = FamilyPlanReader.Build(Plan(), SampleFamilies.Today, language);
            // The words the bot writes itself (not the team's goals and tasks): short sentences, B1.
            var own = document.AllText().Where(t => !t.Contains("Vlinder", StringComparison.Ordinal));
            foreach (var sentence in own.SelectMany(t => t.Split('.', '?', ':')).Select(s => s.Trim()).Where(s => s.Length > 0))
                Assert.True(sentence.Split(' ').Length <= 20, $"too long for B1: {sentence}");
            var regisseur = document.AllText().Where(t => t.Contains("regisseur", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.All(regisseur, t => Assert.Matches("(Dat betekent|That means)", t));
        }
    }

    [Fact]
    public void A_typed_name_replaces_the_alias_as_one_plain_line_and_no_regisseur_or_meeting_is_said_kindly()
    {
        var started = SampleFamilies.Started().State;

        var document = FamilyPlanReader.Build(started, SampleFamilies.Today, Language.Dutch, name: "  Familie\nde Boer\u0007 ");

        Assert.Equal("Ons plan: Familiede Boer", document.Title);
        var text = Text(document);
        Assert.Contains("Jullie krijgen binnenkort één vaste contactpersoon.", text);
        Assert.Contains("We spreken samen af wanneer we weer praten.", text);
        Assert.Contains("Wat jullie willen bereiken, schrijven we hier samen op.", text);
        Assert.Contains("Handtekening contactpersoon", text);
        Assert.Equal(FamilyPlanReader.MaxNameLength, FamilyPlanReader.Clean(new string('x', 200)).Length);
    }
}
