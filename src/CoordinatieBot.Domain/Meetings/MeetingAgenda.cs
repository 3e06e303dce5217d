using System.Globalization;

namespace CoordinatieBot.Domain;

/// <summary>
/// When a casusoverleg's agenda is due: at the start of working hours on its day (on a day off, an hour before it, if
/// the timers run then), once per meeting, day and time (a moved meeting gets a new key, so its agenda is told again).
/// Planned for later the same day, it is due at once. An agenda whose day passed unsent lapses without being told.
/// </summary>
public static class MeetingAgenda
{
    private const string Prefix = "meeting:";

    public static string Key(Meeting m) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{m.Number}:{m.Date:yyyyMMdd}{m.Time:HHmm}");

    public static int? MeetingNumber(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = key[Prefix.Length..];
        var end = rest.IndexOf(':', StringComparison.Ordinal);
        return int.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public static DateTimeOffset Moment(Meeting m, WorkCalendar calendar)
    {
        if (calendar.IsWorkingDay(m.Date)) return calendar.StartOfWork(m.Date);
        var local = m.Date.ToDateTime(m.Time).AddHours(-1);
        return new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local));
    }

    private static IEnumerable<Meeting> Waiting(FamilyState f) => f.Meetings.Where(m => m.IsPlanned && !m.AgendaSent);

    /// <summary>The agendas due at <paramref name="now"/>; one whose day has passed unsent is due too, and then told to nobody (see the router).</summary>
    public static IEnumerable<DueNotice> Due(FamilyState f, DateTimeOffset now, WorkCalendar calendar) =>
        Waiting(f).Where(m => Moment(m, calendar) <= now).Select(m => new DueNotice(NoticeKind.MeetingAgenda, Key(m)));

    public static IEnumerable<DateTimeOffset> Moments(FamilyState f, WorkCalendar calendar) => Waiting(f).Select(m => Moment(m, calendar));
}
