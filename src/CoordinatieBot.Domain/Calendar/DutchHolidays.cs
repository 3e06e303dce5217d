namespace CoordinatieBot.Domain;

/// <summary>
/// Dutch public holidays (algemeen erkende feestdagen) on which most offices are closed: Nieuwjaarsdag, Eerste en Tweede Paasdag,
/// Koningsdag (27 April, 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag, Eerste en Tweede Pinksterdag,
/// Eerste en Tweede Kerstdag. Goede Vrijdag is left out (most employers do not give it off).
/// </summary>
public static class DutchHolidays
{
    public static bool IsHoliday(DateOnly day)
    {
        switch (day.Month, day.Day)
        {
            case (1, 1) or (5, 5) or (12, 25) or (12, 26):
                return true;
            case (4, 27) when day.DayOfWeek != DayOfWeek.Sunday:
            case (4, 26) when day.DayOfWeek == DayOfWeek.Saturday:
                return true;
        }
        var easter = Easter(day.Year);
        var offset = day.DayNumber - easter.DayNumber;
        return offset is 0 or 1 or 39 or 49 or 50;
    }

    /// <summary>Is <paramref name="day"/> a working day: Monday to Friday and not a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    /// <summary>Easter Sunday (Gregorian, anonymous algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
