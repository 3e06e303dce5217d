using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>The coördinator risicogezinnen and absence with a vervanger, in Dutch and English.</summary>
public class GuardCommandParserTests
{
    /// <summary>Saturday 28 November 2026.</summary>
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly MentionedPerson Sanne = new("Sanne de Vries", Persona.Sanne.Id);
    private static readonly MentionedPerson Olga = new("Olga Buiten", Persona.Olga.Id);

    private static T Is<T>(string text, Language language, params MentionedPerson[] mentions) where T : Command
    {
        var parsed = CommandParser.Parse(text, mentions, Today);
        var command = Assert.IsType<T>(parsed.Command);
        Assert.Equal(language, parsed.Language);
        return command;
    }

    [Theory]
    [InlineData("coördinator is <at>Olga Buiten</at>", Language.Dutch)]
    [InlineData("coordinator is <at>Olga Buiten</at>", Language.Dutch)]
    [InlineData("De coördinator risicogezinnen wordt <at>Olga Buiten</at>", Language.Dutch)]
    [InlineData("coördinator: <at>Olga Buiten</at>", Language.Dutch)]
    [InlineData("set the coordinator to <at>Olga Buiten</at>", Language.English)]
    [InlineData("the coordinator for risk families is <at>Olga Buiten</at>", Language.English)]
    public void Coordinator_is_set_by_a_mention(string text, Language language) =>
        Assert.Equal(new PersonRef.Mentioned(Olga), Is<SetCoordinatorCommand>(text, language, Olga).To);

    [Theory]
    [InlineData("wie is coördinator?", Language.Dutch)]
    [InlineData("Wie is de coordinator risicogezinnen?", Language.Dutch)]
    [InlineData("wie is onze coördinator", Language.Dutch)]
    [InlineData("who is the coordinator?", Language.English)]
    [InlineData("Who is our coordinator risicogezinnen?", Language.English)]
    public void Who_is_the_coordinator(string text, Language language) => Is<WhoIsCoordinatorCommand>(text, language);

    [Theory]
    [InlineData("ik ben afwezig tot 1 april, vervanger <at>Sanne de Vries</at>", Language.Dutch, false)]
    [InlineData("afwezig t/m 1 april, <at>Sanne de Vries</at> vervangt mij", Language.Dutch, true)]
    [InlineData("met verlof tot 1 april, vervanging: <at>Sanne de Vries</at>", Language.Dutch, false)]
    [InlineData("Ik ben op vakantie tot en met 1 april en <at>Sanne de Vries</at> neemt waar", Language.Dutch, true)]
    [InlineData("ik ben tot 1 april afwezig, vervanger is <at>Sanne de Vries</at>", Language.Dutch, false)]
    [InlineData("I'm away until 1 April, cover <at>Sanne de Vries</at>", Language.English, false)]
    [InlineData("out of office until 1 April, <at>Sanne de Vries</at> covers", Language.English, false)]
    [InlineData("I am on leave through 1 April, covered by <at>Sanne de Vries</at>", Language.English, true)]
    public void Absence_with_a_vervanger(string text, Language language, bool inclusive)
    {
        var c = Is<RecordAbsenceCommand>(text, language, Sanne);
        Assert.Equal(new DateOnly(2027, 4, 1), c.Until.Date);
        Assert.Equal(inclusive, c.Inclusive);
        Assert.Equal(new PersonRef.Mentioned(Sanne), c.Cover);
    }

    [Theory]
    [InlineData("ik ben afwezig tot 1 april", Language.Dutch)]
    [InlineData("ziek tot 1 april, geen vervanger", Language.Dutch)]
    [InlineData("I'm away until 1 April", Language.English)]
    [InlineData("on holiday until 1 April, no cover", Language.English)]
    public void Absence_without_a_vervanger(string text, Language language)
    {
        var c = Is<RecordAbsenceCommand>(text, language);
        Assert.Equal(new DateOnly(2027, 4, 1), c.Until.Date);
        Assert.Null(c.Cover);
    }

    [Fact]
    public void Absence_until_a_weekday() =>
        Assert.Equal(new DateOnly(2026, 12, 4), Is<RecordAbsenceCommand>("ik ben afwezig tot vrijdag 4 december, vervanger <at>Sanne de Vries</at>", Language.Dutch, Sanne).Until.Date);

    [Theory]
    [InlineData("ik ben terug", Language.Dutch)]
    [InlineData("Ik ben weer terug!", Language.Dutch)]
    [InlineData("ik ben weer aan het werk", Language.Dutch)]
    [InlineData("terug van vakantie", Language.Dutch)]
    [InlineData("I'm back", Language.English)]
    [InlineData("back from leave", Language.English)]
    [InlineData("I am back in the office", Language.English)]
    public void Back_ends_the_absence(string text, Language language) => Is<EndAbsenceCommand>(text, language);

    [Theory]
    [InlineData("ik ben er weer")]
    [InlineData("wie is de coördinator van dit gezin?")]
    [InlineData("ik ben van Wijkteam Noord")]
    public void Not_absence_nor_coordinator(string text)
    {
        var command = CommandParser.Parse(text, [], Today).Command;
        Assert.IsNotType<EndAbsenceCommand>(command);
        Assert.IsNotType<WhoIsCoordinatorCommand>(command);
        Assert.IsNotType<RecordAbsenceCommand>(command);
    }
}
