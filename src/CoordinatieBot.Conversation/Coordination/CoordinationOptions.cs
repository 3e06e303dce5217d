using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Conversation.Coordination;

public sealed class CoordinationOptions
{
    public const string Section = "Coordination";

    /// <summary>The plan's life domains (leefgebieden), in the order the card shows them; by default <see cref="Messages.DefaultLeefgebieden"/>.</summary>
    public List<string> Leefgebieden { get; set; } = [.. Messages.DefaultLeefgebieden];

    /// <summary>How many history entries "geschiedenis" shows.</summary>
    public int HistoryEntriesShown { get; set; } = 10;

    /// <summary>A regisseur who takes more families than this is told, kindly (it is still allowed); the procesmanager's overview counts them.</summary>
    public int CaseloadLimit { get; set; } = 10;

    /// <summary>
    /// The school holidays of the region, for "na de kerstvakantie" (Kind: Herfst, Kerst, Voorjaar, Mei, Zomer; First and
    /// Last inclusive). Empty: the built-in list (<see cref="SchoolHolidays.Default"/>).
    /// </summary>
    public List<SchoolHolidaySetting> SchoolHolidays { get; set; } = [];

    /// <summary>The calendar the parser reads school holidays from: the configured one, or null for the built-in list.</summary>
    public SchoolHolidays? SchoolHolidayCalendar() =>
        SchoolHolidays.Count == 0 ? null : new(SchoolHolidays.Select(h => new SchoolHoliday(h.Kind, h.First, h.Last)).ToList());
}

/// <summary>One school holiday in the settings.</summary>
public sealed class SchoolHolidaySetting
{
    public SchoolHolidayKind Kind { get; set; }
    public DateOnly First { get; set; }
    public DateOnly Last { get; set; }
}
