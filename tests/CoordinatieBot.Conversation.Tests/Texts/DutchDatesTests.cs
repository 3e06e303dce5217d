using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Conversation.Tests.Texts;

public class DutchDatesTests
{
    [Theory]
    [InlineData(1, "jan")]
    [InlineData(3, "mrt")]
    [InlineData(6, "jun")]
    [InlineData(10, "okt")]
    public void Short_months_are_abbreviated_as_Dutch_writes_them(int month, string expected) =>
        Assert.EndsWith(" " + expected, DutchDates.Short(new DateOnly(2026, month, 2), new DateOnly(2026, 1, 1), Language.Dutch));

    [Fact]
    public void English_keeps_its_own_abbreviations() =>
        Assert.Equal("Tue 2 Mar 2027", DutchDates.Short(new DateOnly(2027, 3, 2), new DateOnly(2026, 1, 1), Language.English));
}
