using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Tabs;

namespace CoordinatieBot.Conversation.Tests.Tabs;

public class GuardOverviewCsvTests
{
    private static GuardOverview With(params GuardOverviewFamily[] families) =>
        new(new DateOnly(2026, 12, 4), "procesmanager", families, [], []);

    private static GuardOverviewFamily Row(string alias, string? organisation = "Wijkteam Noord") =>
        new("fam-1", alias, "actief", "MPG2", organisation, 2, 1, 0, 12, null, false, new DateOnly(2027, 5, 25), true);

    [Fact]
    public void A_header_in_the_readers_language_then_one_row_per_family_separated_by_semicolons()
    {
        var csv = GuardOverviewCsv.Write(With(Row("Vlinder"), Row("Merel", null)), Language.Dutch);

        var lines = csv.Split("\r\n");
        Assert.Equal(4, lines.Length); // header, two rows, and the empty rest after the last line break
        Assert.StartsWith("Gezin;Fase;Niveau;Organisatie regisseur;Te laat;", lines[0]);
        Assert.Equal("Vlinder;actief;MPG2;Wijkteam Noord;2;1;0;12;;nee;2027-05-25;ja", lines[1]);
        Assert.Equal("Merel;actief;MPG2;;2;1;0;12;;nee;2027-05-25;ja", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.StartsWith("Family;Phase;Level;", GuardOverviewCsv.Write(With(), Language.English));
        Assert.EndsWith(";no;2027-05-25;yes\r\n", GuardOverviewCsv.Write(With(Row("Vlinder")), Language.English));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+31", "'+31")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Wijkteam; Noord", "\"Wijkteam; Noord\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    [InlineData("Vlinder", "Vlinder")]
    [InlineData("", "")]
    public void A_value_a_spreadsheet_would_run_is_prefixed_and_one_with_separators_quoted(string value, string field) =>
        Assert.Equal(field, GuardOverviewCsv.Field(value));
}
