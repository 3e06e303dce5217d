using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

public class LeefgebiedMatcherTests
{
    private static readonly string[] Defaults =
    [
        "Financiën en schulden", "Werk en inkomen", "Wonen en huishouden", "Opvoeding en ontwikkeling",
        "Gezondheid en psychisch welzijn", "Veiligheid", "Sociaal netwerk en participatie", "Politie en justitie",
    ];

    [Theory]
    [InlineData("financiën", "Financiën en schulden")]
    [InlineData("Financien", "Financiën en schulden")]
    [InlineData("Financiën en schulden", "Financiën en schulden")]
    [InlineData("geld", "Financiën en schulden")]
    [InlineData("schulden", "Financiën en schulden")]
    [InlineData("money", "Financiën en schulden")]
    [InlineData("debt", "Financiën en schulden")]
    [InlineData("werk", "Werk en inkomen")]
    [InlineData("inkomen", "Werk en inkomen")]
    [InlineData("income", "Werk en inkomen")]
    [InlineData("wonen", "Wonen en huishouden")]
    [InlineData("huis", "Wonen en huishouden")]
    [InlineData("housing", "Wonen en huishouden")]
    [InlineData("school", "Opvoeding en ontwikkeling")]
    [InlineData("opvoeding", "Opvoeding en ontwikkeling")]
    [InlineData("kinderen", "Opvoeding en ontwikkeling")]
    [InlineData("parenting", "Opvoeding en ontwikkeling")]
    [InlineData("gezondheid", "Gezondheid en psychisch welzijn")]
    [InlineData("ggz", "Gezondheid en psychisch welzijn")]
    [InlineData("GGZ", "Gezondheid en psychisch welzijn")]
    [InlineData("verslaving", "Gezondheid en psychisch welzijn")]
    [InlineData("health", "Gezondheid en psychisch welzijn")]
    [InlineData("mental health", "Gezondheid en psychisch welzijn")]
    [InlineData("veiligheid", "Veiligheid")]
    [InlineData("safety", "Veiligheid")]
    [InlineData("netwerk", "Sociaal netwerk en participatie")]
    [InlineData("network", "Sociaal netwerk en participatie")]
    [InlineData("politie", "Politie en justitie")]
    [InlineData("justitie", "Politie en justitie")]
    [InlineData("justice", "Politie en justitie")]
    [InlineData("finan", "Financiën en schulden")]
    public void Matches_hints_and_synonyms(string hint, string expected) =>
        Assert.Equal(expected, LeefgebiedMatcher.Match(hint, Defaults));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hobby")]
    [InlineData("en")]
    public void No_match_is_null(string? hint) => Assert.Null(LeefgebiedMatcher.Match(hint, Defaults));

    [Theory]
    [InlineData("geldzaken", "Geldzaken")]
    [InlineData("schulden", "Geldzaken")]
    [InlineData("money", "Geldzaken")]
    [InlineData("huis", "Thuis en wonen")]
    [InlineData("school", "Kinderen en school")]
    public void Works_on_a_configured_list(string hint, string expected) =>
        Assert.Equal(expected, LeefgebiedMatcher.Match(hint, ["Geldzaken", "Thuis en wonen", "Kinderen en school"]));

    [Fact]
    public void An_ambiguous_hint_is_null() =>
        Assert.Null(LeefgebiedMatcher.Match("zorg", ["Zorg en welzijn", "Jeugdzorg en zorg"]));
}
