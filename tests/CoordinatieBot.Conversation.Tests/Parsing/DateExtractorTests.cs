using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

public class DateExtractorTests
{
    private static readonly DateOnly Saturday = new(2026, 11, 28);

    [Theory]
    [InlineData("@Ahmed belt de woningcorporatie voor vrijdag", "2026-12-04", "@Ahmed belt de woningcorporatie", "voor vrijdag")]
    [InlineData("@Ahmed belt de woningcorporatie vóór vrijdag", "2026-12-04", "@Ahmed belt de woningcorporatie", "vóór vrijdag")]
    [InlineData("bel morgen de school", "2026-11-29", "bel de school", "morgen")]
    [InlineData("aanvraag bijzondere bijstand, uiterlijk 5 december", "2026-12-05", "aanvraag bijzondere bijstand", "uiterlijk 5 december")]
    [InlineData("aanvraag bijzondere bijstand uiterlijk op 5 december", "2026-12-05", "aanvraag bijzondere bijstand", "uiterlijk op 5 december")]
    [InlineData("call the school by 10 December", "2026-12-10", "call the school", "by 10 December")]
    [InlineData("calls the housing corporation by Friday", "2026-12-04", "calls the housing corporation", "by Friday")]
    [InlineData("call the school tomorrow", "2026-11-29", "call the school", "tomorrow")]
    [InlineData("formulier invullen op di", "2026-12-01", "formulier invullen", "op di")]
    [InlineData("formulier invullen voor 5/12", "2026-12-05", "formulier invullen", "voor 5/12")]
    [InlineData("huisbezoek volgende week dinsdag met moeder", "2026-12-01", "huisbezoek met moeder", "volgende week dinsdag")]
    [InlineData("huisbezoek, deadline: 5 dec, samen met Sanne", "2026-12-05", "huisbezoek, samen met Sanne", "deadline: 5 dec")]
    [InlineData("gesprek plannen (uiterlijk 10 dec)", "2026-12-10", "gesprek plannen", "uiterlijk 10 dec")]
    [InlineData("intake over 2 weken", "2026-12-12", "intake", "over 2 weken")]
    [InlineData("send the form in three days", "2026-12-01", "send the form", "in three days")]
    [InlineData("aanmelding schuldhulp tot en met 3 december", "2026-12-03", "aanmelding schuldhulp", "tot en met 3 december")]
    [InlineData("actie voor het gezin voor vrijdag", "2026-12-04", "actie voor het gezin", "voor vrijdag")]
    [InlineData("voor vrijdag: bel de school", "2026-12-04", "bel de school", "voor vrijdag")]
    [InlineData("bel de school morgen om 10 uur", "2026-11-29", "bel de school", "morgen om 10 uur")]
    [InlineData("bel school eind van de week", "2026-12-04", "bel school", "eind van de week")]
    public void Finds_and_removes_the_date_phrase(string text, string date, string remainder, string phrase)
    {
        var found = DateExtractor.Extract(text, Saturday);
        Assert.NotNull(found);
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), found.Result);
        Assert.Equal(remainder, found.Remainder);
        Assert.Equal(phrase, found.Phrase);
    }

    [Theory]
    [InlineData("actie voor @Sanne")]
    [InlineData("voor het gezin een plek zoeken")]
    [InlineData("zo snel mogelijk bellen")]
    [InlineData("1-2 keer per week langs")]
    [InlineData("bel ma over de school")]
    [InlineData("we do it together")]
    [InlineData("bel om 9.30")]
    [InlineData("2 weken vakantie regelen")]
    [InlineData("aanvraag voor december")]
    [InlineData("")]
    public void Leaves_sentences_without_a_date_alone(string text)
    {
        Assert.Null(DateExtractor.Extract(text, Saturday));
    }

    [Theory]
    [InlineData("aanvraag indienen uiterlijk 31-02", "aanvraag indienen")]
    [InlineData("aanvraag indienen voor 30 februari", "aanvraag indienen")]
    public void Impossible_dates_are_extracted_as_unreadable(string text, string remainder)
    {
        var found = DateExtractor.Extract(text, Saturday);
        Assert.NotNull(found);
        Assert.Equal(DateOutcome.Unreadable, found.Result.Outcome);
        Assert.Equal(remainder, found.Remainder);
    }

    [Fact]
    public void Past_dates_are_extracted_as_InPast()
    {
        var found = DateExtractor.Extract("bel de school voor 3 november 2026", Saturday);
        Assert.NotNull(found);
        Assert.Equal(DateParseResult.InPast(new DateOnly(2026, 11, 3)), found.Result);
        Assert.Equal("bel de school", found.Remainder);
    }

    [Fact]
    public void A_phrase_after_a_connector_wins_over_one_without()
    {
        var found = DateExtractor.Extract("morgen bellen over de afspraak, uiterlijk 5 december", Saturday);
        Assert.Equal(DateParseResult.Ok(new DateOnly(2026, 12, 5)), found!.Result);
        Assert.Equal("morgen bellen over de afspraak", found.Remainder);
    }

    [Theory]
    [InlineData("@Ahmed belt de woningcorporatie eind januari", "2027-01-29", "@Ahmed belt de woningcorporatie", "eind januari")]
    [InlineData("aanvraag indienen rond 1 maart", "2027-03-01", "aanvraag indienen", "rond 1 maart")]
    [InlineData("send the form around 1 March", "2027-03-01", "send the form", "around 1 March")]
    [InlineData("bel de school na de kerstvakantie", "2027-01-04", "bel de school", "na de kerstvakantie")]
    [InlineData("call the school after the Christmas holidays", "2027-01-04", "call the school", "after the Christmas holidays")]
    [InlineData("huisbezoek plannen in week 3", "2027-01-22", "huisbezoek plannen", "in week 3")]
    [InlineData("evaluatie wk 3 met moeder", "2027-01-22", "evaluatie met moeder", "wk 3")]
    [InlineData("intake binnen 2 weken", "2026-12-15", "intake", "binnen 2 weken")]
    [InlineData("schuldhulp aanmelden begin januari", "2027-01-04", "schuldhulp aanmelden", "begin januari")]
    [InlineData("evaluate the plan mid-January", "2027-01-15", "evaluate the plan", "mid-January")]
    [InlineData("gesprek met school medio januari", "2027-01-15", "gesprek met school", "medio januari")]
    [InlineData("verslag uiterlijk eind deze maand", "2026-12-31", "verslag", "uiterlijk eind deze maand")]
    [InlineData("verslag volgende maand", "2027-01-04", "verslag", "volgende maand")]
    [InlineData("report by the end of December", "2026-12-31", "report", "by the end of December")]
    public void Finds_the_new_forms_on_1_December_2026(string text, string date, string remainder, string phrase)
    {
        var found = DateExtractor.Extract(text, new DateOnly(2026, 12, 1));
        Assert.NotNull(found);
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), found.Result);
        Assert.Equal(remainder, found.Remainder);
        Assert.Equal(phrase, found.Phrase);
    }

    [Fact]
    public void A_swappable_numeric_date_in_English_is_Ambiguous()
    {
        var found = DateExtractor.Extract("send the form by 3/4", new DateOnly(2026, 12, 1), DateDirection.Future, Language.English);
        Assert.NotNull(found);
        Assert.Equal(DateOutcome.Ambiguous, found.Result.Outcome);
        Assert.Equal("send the form", found.Remainder);
        Assert.Equal(DateOutcome.Ok, DateExtractor.Extract("formulier sturen voor 3/4", new DateOnly(2026, 12, 1))!.Result.Outcome);
    }

    [Theory]
    [InlineData("1-2 keer per week")]
    [InlineData("na het gesprek bellen")]
    [InlineData("half werk")]
    [InlineData("per week 2 bezoeken")]
    [InlineData("hulp bij boodschappen, per week 3 uur")]
    public void New_start_words_do_not_make_dates(string text)
    {
        Assert.Null(DateExtractor.Extract(text, new DateOnly(2026, 12, 1)));
    }
}
