namespace CoordinatieBot.Domain;

/// <summary>Professionals plan in Dutch local time: "vrijdag" and "vandaag" are Europe/Amsterdam days.</summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(Local(moment).DateTime);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());
}
