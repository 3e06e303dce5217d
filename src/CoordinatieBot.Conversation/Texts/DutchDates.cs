using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Dates as people read them, without depending on the machine's culture data.</summary>
public static class DutchDates
{
    private static readonly string[] DutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    /// <summary>Abbreviations as Dutch writes them: "mrt", not the first three letters of "maart".</summary>
    private static readonly string[] DutchShortMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] DutchDays = ["zo", "ma", "di", "wo", "do", "vr", "za"];
    private static readonly string[] EnglishDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    /// <summary>"vr 4 dec" style, with the year only when it is not this year's.</summary>
    public static string Short(DateOnly date, DateOnly today, Language language)
    {
        var day = Bilingual.Pick(language, DutchDays, EnglishDays)[(int)date.DayOfWeek];
        var month = Bilingual.Pick(language, DutchShortMonths[date.Month - 1], EnglishMonths[date.Month - 1][..3]);
        var year = date.Year == today.Year ? "" : $" {date.Year}";
        return $"{day} {date.Day} {month}{year}";
    }

    /// <summary>"4 december 2026".</summary>
    public static string Long(DateOnly date, Language language)
    {
        var month = Bilingual.Pick(language, DutchMonths, EnglishMonths)[date.Month - 1];
        return $"{date.Day} {month} {date.Year}";
    }

    public static string Long(DateTimeOffset moment, Language language) => Long(CoordinatieBot.Domain.DutchTime.DateOf(moment), language);
}
