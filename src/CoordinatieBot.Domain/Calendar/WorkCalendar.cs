namespace CoordinatieBot.Domain;

/// <summary>
/// Working days and hours in Europe/Amsterdam: when lateness is counted and when people may be sent notices.
/// Weekends and the configured holidays are not working days.
/// </summary>
public sealed class WorkCalendar(TimeOnly workStart, TimeOnly workEnd, IReadOnlyCollection<DateOnly>? holidays = null)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays ?? []];

    public static WorkCalendar Default { get; } = new(new TimeOnly(8, 0), new TimeOnly(18, 0));

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>Within working hours on a working day, Dutch time.</summary>
    public bool IsWorkingTime(DateTimeOffset moment)
    {
        var local = DutchTime.Local(moment);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && time >= workStart && time < workEnd;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>The date that lies <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var day = from;
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) workingDays--;
        }
        return day;
    }

    /// <summary><paramref name="moment"/> itself in working time, else the next start of working hours.</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset moment)
    {
        if (IsWorkingTime(moment)) return moment;
        var local = DutchTime.Local(moment);
        var day = DateOnly.FromDateTime(local.DateTime);
        return TimeOnly.FromDateTime(local.DateTime) < workStart ? StartOfWork(day) : StartOfWork(day.AddDays(1));
    }

    /// <summary>The start of working hours on <paramref name="day"/>, or on the first working day after it.</summary>
    public DateTimeOffset StartOfWork(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        var local = day.ToDateTime(workStart);
        return new DateTimeOffset(local, DutchTime.Zone.GetUtcOffset(local));
    }
}
