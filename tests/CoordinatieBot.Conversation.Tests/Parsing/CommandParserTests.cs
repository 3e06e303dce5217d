using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Parsing;

public class CommandParserTests
{
    /// <summary>Saturday 28 November 2026.</summary>
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly MentionedPerson Fatima = new("Fatima", Persona.Fatima.Id);
    private static readonly MentionedPerson Sanne = new("Sanne de Vries", Persona.Sanne.Id);

    private static ParsedCommand Parse(string text, params MentionedPerson[] mentions) => CommandParser.Parse(text, mentions, Today);

    private static T Is<T>(string text, Language language, params MentionedPerson[] mentions) where T : Command
    {
        var parsed = Parse(text, mentions);
        var command = Assert.IsType<T>(parsed.Command);
        Assert.Equal(language, parsed.Language);
        return command;
    }

    private static DateParseResult Ok(int month, int day, int year = 2026) => DateParseResult.Ok(new DateOnly(year, month, day));

    // ---- help ----------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("help", Language.Dutch)]
    [InlineData("Help!", Language.Dutch)]
    [InlineData("hulp", Language.Dutch)]
    [InlineData("hallo", Language.Dutch)]
    [InlineData("Hoi", Language.Dutch)]
    [InlineData("hoi bot", Language.Dutch)]
    [InlineData("wat kan je", Language.Dutch)]
    [InlineData("wat kan je?", Language.Dutch)]
    [InlineData("Wat kun je allemaal?", Language.Dutch)]
    [InlineData("wat kan jij allemaal doen", Language.Dutch)]
    [InlineData("hoe werkt het", Language.Dutch)]
    [InlineData("?", Language.Dutch)]
    [InlineData("???", Language.Dutch)]
    [InlineData("", Language.Dutch)]
    [InlineData("   ", Language.Dutch)]
    [InlineData("@CoordinatieBot", Language.Dutch)]
    [InlineData("hello", Language.English)]
    [InlineData("Hi", Language.English)]
    [InlineData("what can you do", Language.English)]
    [InlineData("What can you do?", Language.English)]
    [InlineData("how does this work", Language.English)]
    [InlineData("@CoordinatieBot help", Language.Dutch)]
    [InlineData("bot, help", Language.Dutch)]
    [InlineData("help graag", Language.Dutch)]
    [InlineData("help please", Language.Dutch)]
    public void Help(string text, Language language) => Is<HelpCommand>(text, language);

    // ---- family --------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("start gezin Vlinder", "Vlinder", Language.Dutch)]
    [InlineData("Start gezin Vlinder.", "Vlinder", Language.Dutch)]
    [InlineData("nieuw gezin Vlinder", "Vlinder", Language.Dutch)]
    [InlineData("nieuw gezin: Vlinder", "Vlinder", Language.Dutch)]
    [InlineData("gezin Vlinder starten", "Vlinder", Language.Dutch)]
    [InlineData("gezin starten: Vlinder", "Vlinder", Language.Dutch)]
    [InlineData("start een nieuw gezin De Vlinder", "De Vlinder", Language.Dutch)]
    [InlineData("start gezin casus 2024-117", "casus 2024-117", Language.Dutch)]
    [InlineData("start gezin 'Vlinder'", "Vlinder", Language.Dutch)]
    [InlineData("start gezin fam_Ünal", "fam_Ünal", Language.Dutch)]
    [InlineData("@CoordinatieBot start gezin Vlinder", "Vlinder", Language.Dutch)]
    [InlineData("start family Vlinder", "Vlinder", Language.English)]
    [InlineData("new family Vlinder", "Vlinder", Language.English)]
    [InlineData("start a new family: Vlinder", "Vlinder", Language.English)]
    [InlineData("create family Vlinder please", "Vlinder", Language.English)]
    public void StartFamily(string text, string alias, Language language) =>
        Assert.Equal(alias, Is<StartFamilyCommand>(text, language).Alias);

    [Theory]
    [InlineData("start gezin 123456789", AliasProblem.LooksLikeBsn)]
    [InlineData("start gezin Jansen 123456789", AliasProblem.LooksLikeBsn)]
    [InlineData("start gezin 123.456.789", AliasProblem.LooksLikeBsn)]
    [InlineData("start gezin 1234.56.789", AliasProblem.LooksLikeBsn)]
    [InlineData("new family 123 456 789", AliasProblem.LooksLikeBsn)]
    [InlineData("start gezin jan@example.nl", AliasProblem.LooksLikeEmail)]
    [InlineData("start gezin Vlinder!?#", AliasProblem.InvalidCharacters)]
    [InlineData("start gezin Vlinder/Rups", AliasProblem.InvalidCharacters)]
    [InlineData("start gezin een naam die veel en veel te lang is voor een alias", AliasProblem.TooLong)]
    [InlineData("start gezin", AliasProblem.Empty)]
    [InlineData("new family", AliasProblem.Empty)]
    public void StartFamily_with_a_bad_alias(string text, AliasProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidAliasCommand>(Parse(text).Command).Problem);

    [Theory]
    [InlineData("gezin afsluiten: doelen bereikt", "doelen bereikt", Language.Dutch)]
    [InlineData("gezin afsluiten, doelen bereikt", "doelen bereikt", Language.Dutch)]
    [InlineData("Gezin afsluiten omdat de doelen bereikt zijn", "de doelen bereikt zijn", Language.Dutch)]
    [InlineData("sluit het gezin af: verhuisd naar Utrecht", "verhuisd naar Utrecht", Language.Dutch)]
    [InlineData("casus afsluiten - reden: doelen bereikt", "doelen bereikt", Language.Dutch)]
    [InlineData("gezin afsluiten", null, Language.Dutch)]
    [InlineData("close family: goals reached", "goals reached", Language.English)]
    [InlineData("close the family because goals reached", "goals reached", Language.English)]
    [InlineData("close case", null, Language.English)]
    public void CloseFamily(string text, string? reason, Language language) =>
        Assert.Equal(reason, Is<CloseFamilyCommand>(text, language).Reason);

    [Theory]
    [InlineData("niveau MPG2", FamilyLevel.Mpg2, Language.Dutch)]
    [InlineData("niveau: mpg 2", FamilyLevel.Mpg2, Language.Dutch)]
    [InlineData("zet niveau op risicogezin", FamilyLevel.Risicogezin, Language.Dutch)]
    [InlineData("zet het niveau naar MPG-3", FamilyLevel.Mpg3, Language.Dutch)]
    [InlineData("gezinsniveau mpg1", FamilyLevel.Mpg1, Language.Dutch)]
    [InlineData("niveau regulier", FamilyLevel.Regulier, Language.Dutch)]
    [InlineData("afschalen naar risicogezin", FamilyLevel.Risicogezin, Language.Dutch)]
    [InlineData("zet gezin op OMPG", FamilyLevel.Ompg, Language.Dutch)]
    [InlineData("level OMPG", FamilyLevel.Ompg, Language.English)]
    [InlineData("set level to MPG1", FamilyLevel.Mpg1, Language.English)]
    [InlineData("level: regular", FamilyLevel.Regulier, Language.English)]
    [InlineData("set the family level to at risk", FamilyLevel.Risicogezin, Language.English)]
    public void SetLevel(string text, FamilyLevel level, Language language) =>
        Assert.Equal(level, Is<SetLevelCommand>(text, language).Level);

    [Theory]
    [InlineData("niveau 7")]
    [InlineData("niveau hoog")]
    public void SetLevel_with_an_unknown_level_is_not_understood(string text) => Assert.IsType<UnknownCommand>(Parse(text).Command);

    // ---- regie ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("wie is regisseur?", Language.Dutch)]
    [InlineData("Wie is de regisseur", Language.Dutch)]
    [InlineData("wie is hier de regisseur?", Language.Dutch)]
    [InlineData("wie heeft de regie", Language.Dutch)]
    [InlineData("wie heeft hier de regie?", Language.Dutch)]
    [InlineData("wie voert de regie", Language.Dutch)]
    [InlineData("wie is de gezinsmanager", Language.Dutch)]
    [InlineData("regisseur?", Language.Dutch)]
    [InlineData("who is the regisseur", Language.English)]
    [InlineData("who's the lead?", Language.English)]
    [InlineData("who leads", Language.English)]
    [InlineData("who has the lead?", Language.English)]
    [InlineData("who is in charge", Language.English)]
    public void WhoIsRegisseur(string text, Language language) => Is<WhoIsRegisseurCommand>(text, language);

    [Theory]
    [InlineData("ik neem de regie", Language.Dutch)]
    [InlineData("Ik neem de regie!", Language.Dutch)]
    [InlineData("ik neem de regie over", Language.Dutch)]
    [InlineData("ik ben regisseur", Language.Dutch)]
    [InlineData("ik ben de regisseur", Language.Dutch)]
    [InlineData("ik word regisseur", Language.Dutch)]
    [InlineData("ik pak de regie", Language.Dutch)]
    [InlineData("ik pak de regie wel", Language.Dutch)]
    [InlineData("regie nemen", Language.Dutch)]
    [InlineData("I take the lead", Language.English)]
    [InlineData("I'll take the lead", Language.English)]
    [InlineData("I’ll be regisseur", Language.English)]
    [InlineData("i will be the regisseur", Language.English)]
    [InlineData("I'm the lead", Language.English)]
    [InlineData("take the lead", Language.English)]
    public void TakeRegie(string text, Language language) => Is<TakeRegieCommand>(text, language);

    [Theory]
    [InlineData("regie overdragen aan @Fatima", "Fatima", null, Language.Dutch)]
    [InlineData("Regie overdragen aan @Fatima.", "Fatima", null, Language.Dutch)]
    [InlineData("draag regie over aan @Fatima", "Fatima", null, Language.Dutch)]
    [InlineData("ik draag de regie over aan Fatima", "Fatima", null, Language.Dutch)]
    [InlineData("regie naar Fatima El Amrani", "Fatima El Amrani", null, Language.Dutch)]
    [InlineData("regie overdragen aan @Fatima omdat ik met verlof ga", "Fatima", "ik met verlof ga", Language.Dutch)]
    [InlineData("regie overdragen aan Fatima, reden: zij kent het gezin", "Fatima", "zij kent het gezin", Language.Dutch)]
    [InlineData("geef de regie aan @Fatima", "Fatima", null, Language.Dutch)]
    [InlineData("hand over regie to @Fatima", "Fatima", null, Language.English)]
    [InlineData("hand over the lead to @Fatima", "Fatima", null, Language.English)]
    [InlineData("hand over the lead to Fatima because she knows the family", "Fatima", "she knows the family", Language.English)]
    [InlineData("transfer the lead to @Fatima", "Fatima", null, Language.English)]
    public void HandOverRegie_to_a_named_person(string text, string name, string? reason, Language language)
    {
        var command = Is<HandOverRegieCommand>(text, language);
        Assert.Equal(new PersonRef.Named(name), command.To);
        Assert.Equal(reason, command.Reason);
    }

    [Theory]
    [InlineData("draag regie over aan <at>Fatima</at>", Language.Dutch)]
    [InlineData("regie overdragen aan <at>Fatima</at> omdat ik vertrek", Language.Dutch)]
    [InlineData("hand over the lead to <at>Fatima</at>", Language.English)]
    [InlineData("<at>CoordinatieBot</at> hand over the lead to <at>Fatima</at>", Language.English)]
    public void HandOverRegie_to_a_mentioned_person(string text, Language language) =>
        Assert.Equal(new PersonRef.Mentioned(Fatima), Is<HandOverRegieCommand>(text, language, Fatima).To);

    [Theory]
    [InlineData("ik accepteer de regie", Language.Dutch)]
    [InlineData("accepteer", Language.Dutch)]
    [InlineData("regie accepteren", Language.Dutch)]
    [InlineData("de regie aanvaarden", Language.Dutch)]
    [InlineData("akkoord, regie", Language.Dutch)]
    [InlineData("accept the lead", Language.English)]
    [InlineData("I accept the handover", Language.English)]
    [InlineData("accept", Language.English)]
    public void AcceptRegie(string text, Language language) => Is<AcceptRegieCommand>(text, language);

    [Theory]
    [InlineData("regie weigeren: te veel gezinnen", "te veel gezinnen", Language.Dutch)]
    [InlineData("regie weigeren", null, Language.Dutch)]
    [InlineData("ik weiger de regie omdat ik te veel gezinnen heb", "ik te veel gezinnen heb", Language.Dutch)]
    [InlineData("ik neem de regie niet aan, te veel gezinnen", "te veel gezinnen", Language.Dutch)]
    [InlineData("overdracht afwijzen: ken het gezin niet", "ken het gezin niet", Language.Dutch)]
    [InlineData("decline the lead because I have too many families", "I have too many families", Language.English)]
    [InlineData("decline: too many families", "too many families", Language.English)]
    [InlineData("I can't take the lead, on leave", "on leave", Language.English)]
    public void DeclineRegie(string text, string? reason, Language language) =>
        Assert.Equal(reason, Is<DeclineRegieCommand>(text, language).Reason);

    // ---- members -------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("wie is wie", Language.Dutch)]
    [InlineData("Wie is wie?", Language.Dutch)]
    [InlineData("wie zijn er", Language.Dutch)]
    [InlineData("wie zijn er betrokken", Language.Dutch)]
    [InlineData("wie doen er mee", Language.Dutch)]
    [InlineData("wie doet er mee?", Language.Dutch)]
    [InlineData("wie zitten erin", Language.Dutch)]
    [InlineData("deelnemers", Language.Dutch)]
    [InlineData("toon de betrokkenen", Language.Dutch)]
    [InlineData("who is who", Language.English)]
    [InlineData("who's who?", Language.English)]
    [InlineData("who's involved", Language.English)]
    [InlineData("who is involved?", Language.English)]
    [InlineData("who are involved", Language.English)]
    [InlineData("members", Language.English)]
    [InlineData("show members", Language.English)]
    public void WhoIsWho(string text, Language language) => Is<WhoIsWhoCommand>(text, language);

    [Theory]
    [InlineData("ik ben van Wijkteam Noord", "Wijkteam Noord", Language.Dutch)]
    [InlineData("Ik ben van de GGD", "GGD", Language.Dutch)]
    [InlineData("ik werk bij Vraagwijzer", "Vraagwijzer", Language.Dutch)]
    [InlineData("ik zit bij Vraagwijzer.", "Vraagwijzer", Language.Dutch)]
    [InlineData("mijn organisatie: GGD", "GGD", Language.Dutch)]
    [InlineData("mijn organisatie is Humanitas", "Humanitas", Language.Dutch)]
    [InlineData("organisatie: school De Vlinder", "school De Vlinder", Language.Dutch)]
    [InlineData("organisatie: De Vlinder", "De Vlinder", Language.Dutch)]
    [InlineData("ik werk bij Veilig Thuis, reden: zorg om kindveiligheid", "Veilig Thuis, reden: zorg om kindveiligheid", Language.Dutch)]
    [InlineData("I'm from Wijkteam Noord", "Wijkteam Noord", Language.English)]
    [InlineData("I am with the GGD", "GGD", Language.English)]
    [InlineData("I work for Vraagwijzer", "Vraagwijzer", Language.English)]
    [InlineData("my organisation is Wijkteam Noord", "Wijkteam Noord", Language.English)]
    [InlineData("my organization: GGD", "GGD", Language.English)]
    public void SetOrganisation(string text, string organisation, Language language) =>
        Assert.Equal(organisation, Is<SetOrganisationCommand>(text, language).Organisation);

    [Theory]
    [InlineData("mijn rol: uitvoerder", MemberRole.Uitvoerder, Language.Dutch)]
    [InlineData("rol uitvoerder", MemberRole.Uitvoerder, Language.Dutch)]
    [InlineData("mijn rol is verwijzer", MemberRole.Verwijzer, Language.Dutch)]
    [InlineData("ik ben verwijzer", MemberRole.Verwijzer, Language.Dutch)]
    [InlineData("ik ben hier de verwijzer", MemberRole.Verwijzer, Language.Dutch)]
    [InlineData("ik ben uitvoerder", MemberRole.Uitvoerder, Language.Dutch)]
    [InlineData("ik kijk mee", MemberRole.Observer, Language.Dutch)]
    [InlineData("ik kijk alleen mee", MemberRole.Observer, Language.Dutch)]
    [InlineData("alleen consultatie", MemberRole.Observer, Language.Dutch)]
    [InlineData("ik ben alleen voor consultatie", MemberRole.Observer, Language.Dutch)]
    [InlineData("mijn rol: consultatie", MemberRole.Observer, Language.Dutch)]
    [InlineData("observer", MemberRole.Observer, Language.Dutch)]
    [InlineData("my role: referrer", MemberRole.Verwijzer, Language.English)]
    [InlineData("my role is observer", MemberRole.Observer, Language.English)]
    [InlineData("I'm a referrer", MemberRole.Verwijzer, Language.English)]
    [InlineData("I am just observing", MemberRole.Observer, Language.English)]
    [InlineData("role: executor", MemberRole.Uitvoerder, Language.English)]
    public void SetRole(string text, MemberRole role, Language language) =>
        Assert.Equal(role, Is<SetRoleCommand>(text, language).Role);

    // ---- plan ----------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("plan", Language.Dutch)]
    [InlineData("Plan?", Language.Dutch)]
    [InlineData("het plan", Language.Dutch)]
    [InlineData("laat het plan zien", Language.Dutch)]
    [InlineData("kun je het plan laten zien?", Language.Dutch)]
    [InlineData("toon plan", Language.Dutch)]
    [InlineData("toon het plan graag", Language.Dutch)]
    [InlineData("show plan", Language.English)]
    [InlineData("show me the plan", Language.English)]
    [InlineData("the plan", Language.English)]
    [InlineData("what's the plan?", Language.English)]
    public void ShowPlan(string text, Language language) => Is<ShowPlanCommand>(text, language);

    [Theory]
    [InlineData("plan voor het gezin", Language.Dutch)]
    [InlineData("Plan voor het gezin?", Language.Dutch)]
    [InlineData("gezinsplan", Language.Dutch)]
    [InlineData("het gezinsplan", Language.Dutch)]
    [InlineData("gezinsplan printen", Language.Dutch)]
    [InlineData("plan voor de familie printen", Language.Dutch)]
    [InlineData("maak het plan voor het gezin", Language.Dutch)]
    [InlineData("plan voor het gezin als pdf", Language.Dutch)]
    [InlineData("plan printen voor het gezin", Language.Dutch)]
    [InlineData("plan delen met het gezin", Language.Dutch)]
    [InlineData("het plan met het gezin delen", Language.Dutch)]
    [InlineData("familieplan", Language.Dutch)]
    [InlineData("family plan", Language.English)]
    [InlineData("the family's plan", Language.English)]
    [InlineData("plan for the family", Language.English)]
    [InlineData("print the family plan", Language.English)]
    [InlineData("share the plan with the family", Language.English)]
    [InlineData("family plan as pdf", Language.English)]
    public void FamilyPlan(string text, Language language) => Is<FamilyPlanCommand>(text, language);

    [Theory]
    [InlineData("het gezin spreekt Engels", Language.Dutch, FamilyLanguage.English)]
    [InlineData("gezin spreekt engels", Language.Dutch, FamilyLanguage.English)]
    [InlineData("Het gezin leest Nederlands.", Language.Dutch, FamilyLanguage.Dutch)]
    [InlineData("taal van het gezin: Engels", Language.Dutch, FamilyLanguage.English)]
    [InlineData("taal van het gezin is Nederlands", Language.Dutch, FamilyLanguage.Dutch)]
    [InlineData("de taal van het gezin wordt Engels", Language.Dutch, FamilyLanguage.English)]
    [InlineData("gezinstaal Nederlands", Language.Dutch, FamilyLanguage.Dutch)]
    [InlineData("gezinstaal: Engels", Language.Dutch, FamilyLanguage.English)]
    [InlineData("plan voor het gezin voortaan in het Engels", Language.Dutch, FamilyLanguage.English)]
    [InlineData("the family speaks English", Language.English, FamilyLanguage.English)]
    [InlineData("family reads Dutch", Language.English, FamilyLanguage.Dutch)]
    [InlineData("family language: Dutch", Language.English, FamilyLanguage.Dutch)]
    [InlineData("the family's language is English", Language.English, FamilyLanguage.English)]
    [InlineData("set family language to English", Language.English, FamilyLanguage.English)]
    [InlineData("language of the family: Dutch", Language.English, FamilyLanguage.Dutch)]
    public void FamilyLanguage_is_set(string text, Language language, FamilyLanguage family) =>
        Assert.Equal(family, Is<SetFamilyLanguageCommand>(text, language).Language);

    [Theory]
    [InlineData("plan besproken met het gezin")]
    [InlineData("plan gedeeld met het gezin")]
    [InlineData("ik stuur het plan naar het gezin")]
    [InlineData("plan")]
    public void The_plan_discussed_or_a_task_is_not_the_family_plan(string text) =>
        Assert.IsNotType<FamilyPlanCommand>(Parse(text, []).Command);

    [Theory]
    [InlineData("doel financiën: schulden in kaart", "financiën", "schulden in kaart", null, Language.Dutch)]
    [InlineData("Doel financien: schulden in kaart.", "financien", "schulden in kaart", null, Language.Dutch)]
    [InlineData("doel wonen: huurachterstand opgelost, gezin zegt: 'we willen hier blijven wonen'", "wonen", "huurachterstand opgelost", "we willen hier blijven wonen", Language.Dutch)]
    [InlineData("doel wonen: huurachterstand opgelost (eigen woorden: \"we willen blijven\")", "wonen", "huurachterstand opgelost", "we willen blijven", Language.Dutch)]
    [InlineData("nieuw doel opvoeding en ontwikkeling: Noor gaat elke dag naar school", "opvoeding en ontwikkeling", "Noor gaat elke dag naar school", null, Language.Dutch)]
    [InlineData("doel voor werk: vader vindt werk", "werk", "vader vindt werk", null, Language.Dutch)]
    [InlineData("doel: rust in huis", null, "rust in huis", null, Language.Dutch)]
    [InlineData("goal school: Noor goes to school every day", "school", "Noor goes to school every day", null, Language.English)]
    [InlineData("goal money: debts mapped, the family says: we want peace", "money", "debts mapped", "we want peace", Language.English)]
    [InlineData("new goal housing: no eviction", "housing", "no eviction", null, Language.English)]
    public void AddGoal(string text, string? hint, string goal, string? words, Language language)
    {
        var command = Is<AddGoalCommand>(text, language);
        Assert.Equal(hint, command.LeefgebiedHint);
        Assert.Equal(goal, command.Text);
        Assert.Equal(words, command.FamilyWords);
    }

    [Theory]
    [InlineData("eigen woorden bij doel 2: we willen rust", 2, "we willen rust", Language.Dutch)]
    [InlineData("gezin zegt bij doel 2: 'we willen rust'", 2, "we willen rust", Language.Dutch)]
    [InlineData("Eigen woorden voor doel 12 - geen schulden meer", 12, "geen schulden meer", Language.Dutch)]
    [InlineData("doel 3 eigen woorden: samen eten", 3, "samen eten", Language.Dutch)]
    [InlineData("family's words for goal 2: we want peace", 2, "we want peace", Language.English)]
    [InlineData("family’s own words for goal 2: we want peace", 2, "we want peace", Language.English)]
    [InlineData("the family says about goal 4: no more debts", 4, "no more debts", Language.English)]
    public void AddFamilyWords(string text, int goal, string words, Language language)
    {
        var command = Is<AddFamilyWordsCommand>(text, language);
        Assert.Equal(goal, command.GoalNumber);
        Assert.Equal(words, command.Words);
    }

    [Theory]
    [InlineData("kracht: oma helpt elke week", "oma helpt elke week", Language.Dutch)]
    [InlineData("krachten: moeder is gemotiveerd", "moeder is gemotiveerd", Language.Dutch)]
    [InlineData("Kracht : sterk netwerk", "sterk netwerk", Language.Dutch)]
    [InlineData("strength: grandmother helps", "grandmother helps", Language.English)]
    [InlineData("strengths: mother is motivated", "mother is motivated", Language.English)]
    public void AddStrength(string text, string expected, Language language) =>
        Assert.Equal(expected, Is<AddStrengthCommand>(text, language).Text);

    [Theory]
    [InlineData("zorg: schulden groeien", "schulden groeien", Language.Dutch)]
    [InlineData("zorgen: Noor verzuimt vaak", "Noor verzuimt vaak", Language.Dutch)]
    [InlineData("zorgpunt: huurachterstand", "huurachterstand", Language.Dutch)]
    [InlineData("worry: debts are growing", "debts are growing", Language.English)]
    [InlineData("concern: Noor misses school", "Noor misses school", Language.English)]
    public void AddWorry(string text, string expected, Language language) =>
        Assert.Equal(expected, Is<AddWorryCommand>(text, language).Text);

    [Theory]
    [InlineData("zorg over veiligheid: vader dreigt", "vader dreigt", Language.Dutch)]
    [InlineData("zorgen over de veiligheid van Noor", "zorgen over de veiligheid van Noor", Language.Dutch)]
    [InlineData("Zorg over kindveiligheid: blauwe plekken gezien", "blauwe plekken gezien", Language.Dutch)]
    [InlineData("zorg om de veiligheid, moeder is bang", "moeder is bang", Language.Dutch)]
    [InlineData("ik maak me zorgen over de veiligheid van de kinderen", "ik maak me zorgen over de veiligheid van de kinderen", Language.Dutch)]
    [InlineData("zorg over huiselijk geweld: buren horen geschreeuw", "buren horen geschreeuw", Language.Dutch)]
    [InlineData("safety concern: father threatens", "father threatens", Language.English)]
    [InlineData("Safety concern - bruises seen", "bruises seen", Language.English)]
    [InlineData("I'm worried about the safety of the children", "I'm worried about the safety of the children", Language.English)]
    public void SafetyConcern(string text, string expected, Language language) =>
        Assert.Equal(expected, Is<SafetyConcernCommand>(text, language).Text);

    [Theory]
    [InlineData("plan besproken met gezin", AgreementKind.WithFamily, null, null, Language.Dutch)]
    [InlineData("plan besproken met het gezin", AgreementKind.WithFamily, null, null, Language.Dutch)]
    [InlineData("Het plan is besproken met het gezin op 24 november", AgreementKind.WithFamily, "2026-11-24", null, Language.Dutch)]
    [InlineData("plan besproken met het gezin op 3 december", AgreementKind.WithFamily, "2025-12-03", null, Language.Dutch)]
    [InlineData("plan besproken met het gezin op dinsdag", AgreementKind.WithFamily, "2026-11-24", null, Language.Dutch)]
    [InlineData("plan met het gezin besproken gisteren", AgreementKind.WithFamily, "2026-11-27", null, Language.Dutch)]
    [InlineData("plan besproken met het gezin vandaag", AgreementKind.WithFamily, "2026-11-28", null, Language.Dutch)]
    [InlineData("plan deels besproken", AgreementKind.Partly, null, null, Language.Dutch)]
    [InlineData("plan deels besproken met het gezin: vader was er niet", AgreementKind.Partly, null, "vader was er niet", Language.Dutch)]
    [InlineData("plan gedeeltelijk besproken op 20-11-2026", AgreementKind.Partly, "2026-11-20", null, Language.Dutch)]
    [InlineData("plan zonder gezin: kindveiligheid", AgreementKind.WithoutFamily, null, "kindveiligheid", Language.Dutch)]
    [InlineData("plan zonder het gezin opgesteld vanwege kindveiligheid", AgreementKind.WithoutFamily, null, "kindveiligheid", Language.Dutch)]
    [InlineData("plan discussed with the family on 24 November", AgreementKind.WithFamily, "2026-11-24", null, Language.English)]
    [InlineData("plan discussed with the family", AgreementKind.WithFamily, null, null, Language.English)]
    [InlineData("plan partly discussed", AgreementKind.Partly, null, null, Language.English)]
    [InlineData("plan made without the family: child safety", AgreementKind.WithoutFamily, null, "child safety", Language.English)]
    [InlineData("plan without family because of child safety", AgreementKind.WithoutFamily, null, "of child safety", Language.English)]
    public void PlanDiscussed(string text, AgreementKind kind, string? on, string? reason, Language language)
    {
        var command = Is<PlanDiscussedCommand>(text, language);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(on is null ? null : DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), command.On);
        Assert.Equal(reason, command.Reason);
    }

    [Fact]
    public void PlanDiscussed_on_the_example_date_with_a_later_today()
    {
        var parsed = CommandParser.Parse("plan discussed with the family on 3 December", [], new DateOnly(2026, 12, 10));
        Assert.Equal(new DateOnly(2026, 12, 3), Assert.IsType<PlanDiscussedCommand>(parsed.Command).On);
    }

    [Theory]
    [InlineData("plan besproken met het gezin op 31-02")]
    [InlineData("plan besproken met het gezin op 5 december 2026")]
    [InlineData("plan besproken met het gezin morgen")]
    public void PlanDiscussed_with_an_unusable_date_asks_back(string text) =>
        Assert.NotEqual(DateOutcome.Ok, Assert.IsType<InvalidDateCommand>(Parse(text).Command).Date.Outcome);

    [Fact]
    public void RecordConsent_in_Dutch()
    {
        var c = Is<RecordConsentCommand>("toestemming: moeder, schriftelijk, voor Wijkteam, School, GGD, doel: afstemming hulp, tot 1 juni 2027", Language.Dutch);
        Assert.Equal("moeder", c.GivenBy);
        Assert.Equal("schriftelijk", c.How);
        Assert.Equal(["Wijkteam", "School", "GGD"], c.Organisations);
        Assert.Equal("afstemming hulp", c.Purpose);
        Assert.Equal(new DateOnly(2027, 6, 1), c.Until);
    }

    [Fact]
    public void RecordConsent_in_English()
    {
        var c = Is<RecordConsentCommand>("consent: mother, verbal, for Wijkteam and School, purpose: coordinating help, until 1 June 2027", Language.English);
        Assert.Equal("mother", c.GivenBy);
        Assert.Equal("verbal", c.How);
        Assert.Equal(["Wijkteam", "School"], c.Organisations);
        Assert.Equal("coordinating help", c.Purpose);
        Assert.Equal(new DateOnly(2027, 6, 1), c.Until);
    }

    [Theory]
    [InlineData("toestemming: moeder; mondeling; voor Wijkteam en GGD", "moeder", "mondeling", "Wijkteam|GGD", null)]
    [InlineData("toestemming moeder mondeling voor Wijkteam en GGD", "moeder", "mondeling", "Wijkteam|GGD", null)]
    [InlineData("Toestemming: vader, getekend, delen met Wijkteam, Centrum voor Jeugd en Gezin, tot 31-12-2027", "vader", "getekend", "Wijkteam|Centrum voor Jeugd en Gezin", null)]
    [InlineData("toestemming gegeven door moeder, schriftelijk voor Vraagwijzer, school en de GGD, doel: afstemming", "moeder", "schriftelijk", "Vraagwijzer|school|GGD", "afstemming")]
    [InlineData("toestemming: schriftelijk door moeder, voor Wijkteam", "moeder", "schriftelijk", "Wijkteam", null)]
    [InlineData("consent: jongere (16), in writing, for School & GGD", "jongere (16)", "in writing", "School|GGD", null)]
    public void RecordConsent_is_liberal_about_separators(string text, string givenBy, string how, string organisations, string? purpose)
    {
        var c = Assert.IsType<RecordConsentCommand>(Parse(text).Command);
        Assert.Equal(givenBy, c.GivenBy);
        Assert.Equal(how, c.How);
        Assert.Equal(organisations.Split('|'), c.Organisations);
        Assert.Equal(purpose, c.Purpose);
    }

    [Theory]
    [InlineData("toestemming: moeder, schriftelijk, voor Wijkteam, tot 1 november 2026", ConsentProblem.UntilInPast)]
    [InlineData("toestemming: moeder, schriftelijk, voor Wijkteam, tot 31-02-2027", ConsentProblem.UntilUnreadable)]
    [InlineData("toestemming: voor Wijkteam", ConsentProblem.MissingGivenBy)]
    [InlineData("toestemming: moeder, voor Wijkteam", ConsentProblem.MissingHow)]
    [InlineData("toestemming: moeder, schriftelijk", ConsentProblem.MissingOrganisations)]
    [InlineData("consent: mother, verbal, for School, until yesterday", ConsentProblem.UntilInPast)]
    public void RecordConsent_with_a_problem(string text, ConsentProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidConsentCommand>(Parse(text).Command).Problem);

    [Theory]
    [InlineData("dank je!")]
    [InlineData("dank je wel")]
    [InlineData("top, bedankt voor het snelle antwoord")]
    [InlineData("Thanks so much")]
    [InlineData("great, thank you!")]
    public void A_thank_you_is_answered_as_one(string text) => Assert.IsType<ThanksCommand>(Parse(text).Command);

    [Theory]
    [InlineData("dank je wel <at>Fatima</at>!")]
    [InlineData("<at>Sanne de Vries</at> bedankt voor je hulp")]
    public void A_thank_you_to_a_colleague_is_not_for_the_bot(string text) =>
        Assert.IsNotType<ThanksCommand>(CommandParser.Parse(text, [new MentionedPerson("Fatima", "29:f"), new MentionedPerson("Sanne de Vries", "29:s")], new DateOnly(2026, 12, 1)).Command);

    [Theory]
    [InlineData("taak", FormKind.Task)]
    [InlineData("Taak toevoegen", FormKind.Task)]
    [InlineData("nieuwe taak", FormKind.Task)]
    [InlineData("voeg een taak toe", FormKind.Task)]
    [InlineData("nog een actie", FormKind.Task)]
    [InlineData("add a task", FormKind.Task)]
    [InlineData("new action item", FormKind.Task)]
    [InlineData("doel", FormKind.Goal)]
    [InlineData("nieuw doel toevoegen", FormKind.Goal)]
    [InlineData("add goal", FormKind.Goal)]
    [InlineData("toestemming", FormKind.Consent)]
    [InlineData("toestemming vastleggen", FormKind.Consent)]
    [InlineData("consent", FormKind.Consent)]
    public void The_command_word_alone_asks_for_its_form(string text, FormKind kind) =>
        Assert.Equal(kind, Assert.IsType<ShowFormCommand>(Parse(text).Command).Kind);

    [Theory]
    [InlineData("taak: school bellen")]
    [InlineData("doel financien: schulden in beeld")]
    [InlineData("toestemming: moeder, schriftelijk, voor Wijkteam")]
    public void A_command_with_its_details_is_not_a_form(string text) =>
        Assert.IsNotType<ShowFormCommand>(Parse(text).Command);

    // ---- tasks ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void AddTask_for_a_plain_at_name_with_friday()
    {
        var c = Is<AddTaskCommand>("taak: @Ahmed belt de woningcorporatie voor vrijdag", Language.Dutch);
        Assert.Equal(new PersonRef.Named("Ahmed"), c.Owner);
        Assert.Equal("belt de woningcorporatie", c.Description);
        Assert.Equal(Ok(12, 4), c.Due);
        Assert.False(c.Urgent);
    }

    [Fact]
    public void AddTask_for_a_mention_with_a_deadline()
    {
        var c = Is<AddTaskCommand>("actie voor <at>Sanne de Vries</at>: aanvraag bijzondere bijstand, uiterlijk 5 december", Language.Dutch, Sanne);
        Assert.Equal(new PersonRef.Mentioned(Sanne), c.Owner);
        Assert.Equal("aanvraag bijzondere bijstand", c.Description);
        Assert.Equal(Ok(12, 5), c.Due);
    }

    [Theory]
    [InlineData("taak: @Ahmed belt de woningcorporatie voor vrijdag", "Ahmed", "belt de woningcorporatie", "2026-12-04", false, Language.Dutch)]
    [InlineData("Taak: @Ahmed belt de woningcorporatie vóór vrijdag.", "Ahmed", "belt de woningcorporatie", "2026-12-04", false, Language.Dutch)]
    [InlineData("actie voor @Sanne: aanvraag bijzondere bijstand, uiterlijk 5 december", "Sanne", "aanvraag bijzondere bijstand", "2026-12-05", false, Language.Dutch)]
    [InlineData("taak voor Sanne: huisbezoek plannen", "Sanne", "huisbezoek plannen", null, false, Language.Dutch)]
    [InlineData("nieuwe taak: formulier invullen voor 5/12", null, "formulier invullen", "2026-12-05", false, Language.Dutch)]
    [InlineData("todo: schuldhulp aanmelden over 2 weken", null, "schuldhulp aanmelden", "2026-12-12", false, Language.Dutch)]
    [InlineData("taak: bel de school", null, "bel de school", null, false, Language.Dutch)]
    [InlineData("urgent taak: energieleverancier bellen vandaag", null, "energieleverancier bellen", "2026-11-28", true, Language.Dutch)]
    [InlineData("urgente taak: energieleverancier bellen morgen", null, "energieleverancier bellen", "2026-11-29", true, Language.Dutch)]
    [InlineData("spoed: huisuitzetting voorkomen, uiterlijk maandag", null, "huisuitzetting voorkomen", "2026-11-30", true, Language.Dutch)]
    [InlineData("spoedtaak: inschrijving school regelen", null, "inschrijving school regelen", null, true, Language.Dutch)]
    [InlineData("actie: @Fatima vraagt de uitkering aan op di", "Fatima", "vraagt de uitkering aan", "2026-12-01", false, Language.Dutch)]
    [InlineData("add task for @Sanne: call the school by 10 December", "Sanne", "call the school", "2026-12-10", false, Language.English)]
    [InlineData("task: @Ahmed calls the housing corporation by Friday", "Ahmed", "calls the housing corporation", "2026-12-04", false, Language.English)]
    [InlineData("new task: send the form in three days", null, "send the form", "2026-12-01", false, Language.English)]
    [InlineData("urgent task: call the energy company today", null, "call the energy company", "2026-11-28", true, Language.English)]
    [InlineData("todo: call the school tomorrow", null, "call the school", "2026-11-29", false, Language.English)]
    public void AddTask(string text, string? owner, string description, string? due, bool urgent, Language language)
    {
        var c = Is<AddTaskCommand>(text, language);
        Assert.Equal(owner is null ? null : new PersonRef.Named(owner), c.Owner);
        Assert.Equal(description, c.Description);
        Assert.Equal(due is null ? null : DateParseResult.Ok(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), c.Due);
        Assert.Equal(urgent, c.Urgent);
    }

    [Theory]
    [InlineData("ik bel morgen de school", "bel de school", "2026-11-29", Language.Dutch)]
    [InlineData("Ik bel morgen de school.", "bel de school", "2026-11-29", Language.Dutch)]
    [InlineData("ik ga de school bellen voor vrijdag", "de school bellen", "2026-12-04", Language.Dutch)]
    [InlineData("ik zal vrijdag de aanvraag indienen", "de aanvraag indienen", "2026-12-04", Language.Dutch)]
    [InlineData("taak voor mij: bel de school morgen", "bel de school", "2026-11-29", Language.Dutch)]
    [InlineData("taak: ik bel de school morgen", "bel de school", "2026-11-29", Language.Dutch)]
    [InlineData("I'll call the school tomorrow", "call the school", "2026-11-29", Language.English)]
    [InlineData("I will call the school on Monday", "call the school", "2026-11-30", Language.English)]
    [InlineData("I call the GP next week", "call the GP", "2026-11-30", Language.English)]
    [InlineData("add task for me: visit the family by Friday", "visit the family", "2026-12-04", Language.English)]
    public void AddTask_for_myself(string text, string description, string? due, Language language)
    {
        var c = Is<AddTaskCommand>(text, language);
        Assert.Equal(new PersonRef.Me(), c.Owner);
        Assert.Equal(description, c.Description);
        Assert.Equal(due is null ? null : DateParseResult.Ok(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), c.Due);
    }

    [Theory]
    [InlineData("taak: @Ahmed belt de woningcorporatie voor 3 november 2026", DateOutcome.InPast)]
    [InlineData("taak: bel de school gisteren", DateOutcome.InPast)]
    [InlineData("taak: bel de school uiterlijk 31-02", DateOutcome.Unreadable)]
    [InlineData("taak: aanvraag indienen voor 30 februari", DateOutcome.Unreadable)]
    public void AddTask_keeps_a_past_or_unreadable_date_so_the_app_asks(string text, DateOutcome outcome) =>
        Assert.Equal(outcome, Assert.IsType<AddTaskCommand>(Parse(text).Command).Due!.Outcome);

    [Theory]
    [InlineData("actie voor @Sanne: aanvraag voor het gezin", "Sanne", "aanvraag voor het gezin")]
    [InlineData("taak: zoek een plek voor de kinderen", null, "zoek een plek voor de kinderen")]
    public void AddTask_voor_as_for_is_not_a_date(string text, string? owner, string description)
    {
        var c = Assert.IsType<AddTaskCommand>(Parse(text).Command);
        Assert.Equal(owner is null ? null : new PersonRef.Named(owner), c.Owner);
        Assert.Equal(description, c.Description);
        Assert.Null(c.Due);
    }

    [Fact]
    public void AddTask_with_a_leading_mention_and_a_date()
    {
        var c = Is<AddTaskCommand>("<at>Fatima</at> belt morgen de school", Language.Dutch, Fatima);
        Assert.Equal(new PersonRef.Mentioned(Fatima), c.Owner);
        Assert.Equal("belt de school", c.Description);
        Assert.Equal(Ok(11, 29), c.Due);
    }

    [Fact]
    public void Mentions_inside_a_description_are_written_as_at_names()
    {
        var c = Is<AddTaskCommand>("taak: overleg met <at>Fatima</at> over de school voor vrijdag", Language.Dutch, Fatima);
        Assert.Equal("overleg met @Fatima over de school", c.Description);
    }

    [Theory]
    [InlineData("klaar met 3", 3, Language.Dutch)]
    [InlineData("Klaar met 3!", 3, Language.Dutch)]
    [InlineData("ik ben klaar met taak 3", 3, Language.Dutch)]
    [InlineData("3 is gedaan", 3, Language.Dutch)]
    [InlineData("3 klaar", 3, Language.Dutch)]
    [InlineData("3 gedaan.", 3, Language.Dutch)]
    [InlineData("taak 3 gedaan", 3, Language.Dutch)]
    [InlineData("taak #3 is afgerond", 3, Language.Dutch)]
    [InlineData("actie 12 af", 12, Language.Dutch)]
    [InlineData("vink 3 af", 3, Language.Dutch)]
    [InlineData("done 3", 3, Language.English)]
    [InlineData("3 done", 3, Language.English)]
    [InlineData("Task 3 is done", 3, Language.English)]
    [InlineData("finished 3", 3, Language.English)]
    [InlineData("I'm done with 3", 3, Language.English)]
    [InlineData("mark 3 as done", 3, Language.English)]
    [InlineData("completed #7", 7, Language.English)]
    public void TaskDone(string text, int number, Language language) =>
        Assert.Equal(number, Is<TaskDoneCommand>(text, language).Number);

    [Theory]
    [InlineData("3 bezig", 3, Language.Dutch)]
    [InlineData("3 is bezig", 3, Language.Dutch)]
    [InlineData("taak 3 in behandeling", 3, Language.Dutch)]
    [InlineData("ik ben bezig met 3", 3, Language.Dutch)]
    [InlineData("bezig met taak 3", 3, Language.Dutch)]
    [InlineData("ik pak 3 op", 3, Language.Dutch)]
    [InlineData("working on 3", 3, Language.English)]
    [InlineData("I'm working on task 3", 3, Language.English)]
    [InlineData("3 in progress", 3, Language.English)]
    [InlineData("started 3", 3, Language.English)]
    public void TaskInProgress(string text, int number, Language language)
    {
        var c = Is<TaskInProgressCommand>(text, language);
        Assert.Equal(number, c.Number);
        Assert.Null(c.Expected);
    }

    [Theory]
    [InlineData("3 bezig, verwacht 18 december", 3, "2026-12-18", Language.Dutch)]
    [InlineData("taak 3 is bezig tot 1 februari", 3, "2027-02-01", Language.Dutch)]
    [InlineData("3 bezig, klaar rond vrijdag", 3, "2026-12-04", Language.Dutch)]
    [InlineData("3 loopt, uiterlijk 15-1-2027", 3, "2027-01-15", Language.Dutch)]
    [InlineData("3 bezig, af voor 11 december", 3, "2026-12-11", Language.Dutch)]
    [InlineData("3 in progress, expected 18 December", 3, "2026-12-18", Language.English)]
    [InlineData("task 3 is in progress until 1 February", 3, "2027-02-01", Language.English)]
    public void TaskInProgress_with_an_expected_date(string text, int number, string expected, Language language)
    {
        var c = Is<TaskInProgressCommand>(text, language);
        Assert.Equal(number, c.Number);
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), c.Expected);
    }

    [Theory]
    [InlineData("taak 3: wacht op IND tot 1 februari", 3, "IND", "2027-02-01", Language.Dutch)]
    [InlineData("3 wacht op Belastingdienst", 3, "Belastingdienst", null, Language.Dutch)]
    [InlineData("3 wacht op de Belastingdienst, verwacht 15 december", 3, "de Belastingdienst", "2026-12-15", Language.Dutch)]
    [InlineData("taak 4 wacht op besluit van het fonds t/m 1-2-2027", 4, "besluit van het fonds", "2027-02-01", Language.Dutch)]
    [InlineData("3 wacht op antwoord tot en met volgende week vrijdag", 3, "antwoord", "2026-12-04", Language.Dutch)]
    [InlineData("5 staat op de wachtlijst tot 1 maart", 5, "wachtlijst", "2027-03-01", Language.Dutch)]
    [InlineData("3 waiting for IND until 1 February", 3, "IND", "2027-02-01", Language.English)]
    [InlineData("task 3 is waiting on the tax office", 3, "the tax office", null, Language.English)]
    public void TaskWaiting(string text, int number, string party, string? until, Language language)
    {
        var c = Is<TaskWaitingCommand>(text, language);
        Assert.Equal(number, c.Number);
        Assert.Equal(party, c.Party);
        Assert.Equal(until is null ? null : DateParseResult.Ok(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture)), c.Until);
    }

    [Fact]
    public void TaskWaiting_with_a_past_date_keeps_it()
    {
        var c = Assert.IsType<TaskWaitingCommand>(Parse("3 wacht op IND tot 1 november 2026").Command);
        Assert.Equal(DateParseResult.InPast(new DateOnly(2026, 11, 1)), c.Until);
    }

    [Theory]
    [InlineData("3 lukt niet: gezin niet bereikbaar", 3, "gezin niet bereikbaar", Language.Dutch)]
    [InlineData("taak 3 lukt niet, geen reactie", 3, "geen reactie", Language.Dutch)]
    [InlineData("3 lukt niet omdat het gezin verhuisd is", 3, "het gezin verhuisd is", Language.Dutch)]
    [InlineData("3 lukt niet", 3, null, Language.Dutch)]
    [InlineData("taak 8 gaat niet lukken - wachtlijst te lang", 8, "wachtlijst te lang", Language.Dutch)]
    [InlineData("3 can't be done: family unreachable", 3, "family unreachable", Language.English)]
    [InlineData("3 cannot be done because the family moved", 3, "the family moved", Language.English)]
    [InlineData("task 3 not possible", 3, null, Language.English)]
    public void TaskNotPossible(string text, int number, string? reason, Language language)
    {
        var c = Is<TaskNotPossibleCommand>(text, language);
        Assert.Equal(number, c.Number);
        Assert.Equal(reason, c.Reason);
    }

    [Theory]
    [InlineData("3 nieuwe datum 12 december: wachtlijst", 3, "2026-12-12", "wachtlijst", Language.Dutch)]
    [InlineData("taak 3 verzetten naar volgende week vrijdag omdat de school dicht is", 3, "2026-12-04", "de school dicht is", Language.Dutch)]
    [InlineData("taak 3 nieuwe datum: 15-12", 3, "2026-12-15", null, Language.Dutch)]
    [InlineData("verzet 3 naar maandag", 3, "2026-11-30", null, Language.Dutch)]
    [InlineData("taak 3 naar vrijdag", 3, "2026-12-04", null, Language.Dutch)]
    [InlineData("3 uitstellen tot 1 februari, wachtlijst", 3, "2027-02-01", "wachtlijst", Language.Dutch)]
    [InlineData("move 3 to Friday because the school is closed", 3, "2026-12-04", "the school is closed", Language.English)]
    [InlineData("3 new date 12 December: waiting list", 3, "2026-12-12", "waiting list", Language.English)]
    [InlineData("postpone task 3 to next week", 3, "2026-11-30", null, Language.English)]
    public void TaskNewDate(string text, int number, string date, string? reason, Language language)
    {
        var c = Is<TaskNewDateCommand>(text, language);
        Assert.Equal(number, c.Number);
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), c.Date);
        Assert.Equal(reason, c.Reason);
    }

    [Theory]
    [InlineData("3 nieuwe datum 31-02", DateOutcome.Unreadable)]
    [InlineData("3 nieuwe datum: binnenkort", DateOutcome.Unreadable)]
    [InlineData("3 nieuwe datum 1 november 2026", DateOutcome.InPast)]
    public void TaskNewDate_keeps_unusable_dates(string text, DateOutcome outcome) =>
        Assert.Equal(outcome, Assert.IsType<TaskNewDateCommand>(Parse(text).Command).Date.Outcome);

    [Theory]
    [InlineData("taak 3 naar @Sanne", 3, "Sanne", Language.Dutch)]
    [InlineData("3 overdragen aan @Sanne", 3, "Sanne", Language.Dutch)]
    [InlineData("taak 3 naar Sanne", 3, "Sanne", Language.Dutch)]
    [InlineData("draag 3 over aan Sanne", 3, "Sanne", Language.Dutch)]
    [InlineData("reassign 3 to @Sanne", 3, "Sanne", Language.English)]
    [InlineData("move task 3 to Sanne", 3, "Sanne", Language.English)]
    public void TaskReassign(string text, int number, string to, Language language)
    {
        var c = Is<TaskReassignCommand>(text, language);
        Assert.Equal(number, c.Number);
        Assert.Equal(new PersonRef.Named(to), c.To);
    }

    [Fact]
    public void TaskReassign_to_a_mention() =>
        Assert.Equal(new PersonRef.Mentioned(Sanne), Is<TaskReassignCommand>("reassign 3 to <at>Sanne de Vries</at>", Language.English, Sanne).To);

    [Theory]
    [InlineData("mijn taken", Language.Dutch)]
    [InlineData("Mijn taken?", Language.Dutch)]
    [InlineData("m'n acties", Language.Dutch)]
    [InlineData("wat moet ik doen", Language.Dutch)]
    [InlineData("wat moet ik nog doen?", Language.Dutch)]
    [InlineData("toon mijn taken", Language.Dutch)]
    [InlineData("my tasks", Language.English)]
    [InlineData("what's on my list", Language.English)]
    [InlineData("What is on my list?", Language.English)]
    [InlineData("what do I need to do", Language.English)]
    public void MyTasks(string text, Language language) => Is<MyTasksCommand>(text, language);

    [Theory]
    [InlineData("geschiedenis", Language.Dutch)]
    [InlineData("historie", Language.Dutch)]
    [InlineData("wat is er veranderd", Language.Dutch)]
    [InlineData("Wat is er veranderd?", Language.Dutch)]
    [InlineData("toon de geschiedenis", Language.Dutch)]
    [InlineData("history", Language.English)]
    [InlineData("what changed?", Language.English)]
    [InlineData("show the history", Language.English)]
    [InlineData("log", Language.Dutch)]
    public void History(string text, Language language) => Is<HistoryCommand>(text, language);

    // ---- escalation ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("knelpunt: school reageert niet", "school reageert niet", Language.Dutch)]
    [InlineData("Knelpunt school reageert niet", "school reageert niet", Language.Dutch)]
    [InlineData("escaleer: woningcorporatie houdt de aanvraag tegen", "woningcorporatie houdt de aanvraag tegen", Language.Dutch)]
    [InlineData("knelpunt", "", Language.Dutch)]
    [InlineData("bottleneck: school does not respond", "school does not respond", Language.English)]
    [InlineData("escalate: no answer from the housing corporation", "no answer from the housing corporation", Language.English)]
    public void Knelpunt(string text, string expected, Language language) =>
        Assert.Equal(expected, Is<KnelpuntCommand>(text, language).Text);

    [Theory]
    [InlineData("geen overeenstemming: wie betaalt de bewindvoering", "wie betaalt de bewindvoering", Language.Dutch)]
    [InlineData("we komen er niet uit: indicatie jeugdhulp", "indicatie jeugdhulp", Language.Dutch)]
    [InlineData("impasse: indicatie", "indicatie", Language.Dutch)]
    [InlineData("no agreement: who pays", "who pays", Language.English)]
    [InlineData("we can't agree on the indication", "on the indication", Language.English)]
    public void Impasse(string text, string expected, Language language) =>
        Assert.Equal(expected, Is<ImpasseCommand>(text, language).Text);

    [Theory]
    [InlineData("escaleer taak 3", 3, Language.Dutch)]
    [InlineData("escaleer 3", 3, Language.Dutch)]
    [InlineData("taak 3 escaleren", 3, Language.Dutch)]
    [InlineData("escalate 3", 3, Language.English)]
    [InlineData("escalate task #3", 3, Language.English)]
    public void EscalateTask(string text, int number, Language language) =>
        Assert.Equal(number, Is<EscalateTaskCommand>(text, language).Number);

    // ---- unknown and robustness ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("blablabla")]
    [InlineData("dank je voor je hulp gisteren, fijn gesprek")]
    [InlineData("3")]
    [InlineData("ik ben er morgen niet")]
    [InlineData("ik denk dat we moeten praten")]
    [InlineData("I think we should talk")]
    [InlineData("ik maak me zorgen over de schulden")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("wacht op IND tot 1 februari")]
    public void Unknown(string text)
    {
        // Not read as anything; at most offered as choices, which change nothing until pressed.
        var command = Parse(text).Command;
        if (command is WhichMeaningCommand which) Assert.DoesNotContain(which.Choices, c => c is AddTaskCommand);
        else Assert.Equal(text, Assert.IsType<UnknownCommand>(command).OriginalText);
    }

    [Fact]
    public void Control_characters_are_unknown() =>
        Assert.IsType<UnknownCommand>(Parse("plan\u0000").Command);

    [Fact]
    public void A_megabyte_is_unknown_and_fast()
    {
        var text = "taak: " + new string('a', 1_000_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.IsType<UnknownCommand>(Parse(text).Command);
        Assert.True(watch.ElapsedMilliseconds < 1000);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("taak: ")]
    [InlineData("regie overdragen aan ")]
    [InlineData("@ ")]
    [InlineData("1 ")]
    [InlineData("ik ")]
    [InlineData("toestemming: ")]
    public void Adversarial_long_inputs_are_fast(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 1990 / unit.Length));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = Parse(text);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Null_text_and_null_mentions_are_safe() =>
        Assert.IsType<HelpCommand>(CommandParser.Parse(null, null, Today).Command);
}
