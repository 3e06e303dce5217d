namespace CoordinatieBot.Conversation.Parsing;

/// <summary>Which school holiday a phrase names.</summary>
public enum SchoolHolidayKind
{
    Herfst,
    Kerst,
    Voorjaar,
    Mei,
    Zomer,
}

/// <summary>One school holiday, first and last day inclusive (usually Saturday to Sunday).</summary>
public sealed record SchoolHoliday(SchoolHolidayKind Kind, DateOnly First, DateOnly Last);

/// <summary>
/// Dutch school holidays, for "na de kerstvakantie" / "after the Christmas holidays". The date parser is static, so it reads
/// <see cref="Default"/>; a host that knows better (another region, later school years) can pass its own list to the parser.
/// </summary>
/// <remarks>
/// Defaults for school year 2026–2027. Kerstvakantie 19 December 2026 – 3 January 2027 is the same in all regions.
/// Voorjaarsvakantie and meivakantie differ (or may differ) per region: simplified to region midden.
/// TODO: check the voorjaarsvakantie and meivakantie 2027 dates against rijksoverheid.nl before relying on them.
/// </remarks>
public sealed class SchoolHolidays(IReadOnlyList<SchoolHoliday> holidays)
{
    public IReadOnlyList<SchoolHoliday> Holidays { get; } = holidays;

    public static SchoolHolidays Default { get; } = new(
    [
        new(SchoolHolidayKind.Kerst, new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3)),
        new(SchoolHolidayKind.Voorjaar, new DateOnly(2027, 2, 13), new DateOnly(2027, 2, 21)), // region midden, to verify
        new(SchoolHolidayKind.Mei, new DateOnly(2027, 4, 24), new DateOnly(2027, 5, 2)), // to verify
    ]);

    /// <summary>
    /// The next holiday of that kind that has not ended before <paramref name="today"/> (one going on counts), or null when none is known.
    /// </summary>
    public SchoolHoliday? Next(SchoolHolidayKind kind, DateOnly today)
    {
        SchoolHoliday? best = null;
        foreach (var h in Holidays)
            if (h.Kind == kind && h.Last >= today && (best is null || h.First < best.First)) best = h;
        return best;
    }
}
