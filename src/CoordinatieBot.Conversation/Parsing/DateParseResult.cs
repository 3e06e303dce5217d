namespace CoordinatieBot.Conversation.Parsing;

/// <summary>What a date expression turned out to be.</summary>
public enum DateOutcome
{
    /// <summary>A usable date (on or after today; or, when reading backwards, on or before today).</summary>
    Ok,
    /// <summary>A readable date before today where a future date was expected ("gisteren", "3 november 2026" on 28 November 2026).</summary>
    InPast,
    /// <summary>Anything else: not a date, an impossible date (31-02), or a vague phrase ("binnenkort"). Never guessed.</summary>
    Unreadable,
    /// <summary>A readable date after today where a past date was expected (only when reading backwards, <see cref="DateDirection.Past"/>).</summary>
    InFuture,
    /// <summary>
    /// Readable in more than one way ("3/4" in an English message: 3 April or March 4). <see cref="DateParseResult.Date"/> is null;
    /// the readings are in <see cref="DateParseResult.Readings"/>. The app asks which one is meant, never guesses.
    /// </summary>
    Ambiguous,
}

/// <summary>Which side of today a date is expected on.</summary>
public enum DateDirection
{
    /// <summary>Due dates: "vrijdag" is the coming Friday, "5 december" the next 5 December that is not past.</summary>
    Future,
    /// <summary>Things that happened: "vrijdag" is the most recent Friday (today included), "3 december" the most recent 3 December.</summary>
    Past,
}

/// <summary>
/// The outcome of reading a date expression. <see cref="Date"/> is set for Ok, InPast and InFuture, null for Unreadable and Ambiguous.
/// <see cref="Text"/> is the phrase that was read (for echoing back); it does not take part in equality.
/// </summary>
public sealed record DateParseResult(DateOutcome Outcome, DateOnly? Date)
{
    /// <summary>The expression as the user typed it.</summary>
    public string Text { get; init; } = "";

    /// <summary>For <see cref="DateOutcome.Ambiguous"/>: the possible dates, the day-month reading first. Empty otherwise.</summary>
    public IReadOnlyList<DateOnly> Readings { get; init; } = [];

    public bool IsOk => Outcome == DateOutcome.Ok;

    public static DateParseResult Ok(DateOnly date, string text = "") => new(DateOutcome.Ok, date) { Text = text };

    public static DateParseResult InPast(DateOnly date, string text = "") => new(DateOutcome.InPast, date) { Text = text };

    public static DateParseResult InFuture(DateOnly date, string text = "") => new(DateOutcome.InFuture, date) { Text = text };

    public static DateParseResult Ambiguous(IReadOnlyList<DateOnly> readings, string text = "") =>
        new(DateOutcome.Ambiguous, null) { Readings = readings, Text = text };

    public static DateParseResult Unreadable(string text = "") => new(DateOutcome.Unreadable, null) { Text = text };

    public bool Equals(DateParseResult? other) => other is not null && Outcome == other.Outcome && Date == other.Date;

    public override int GetHashCode() => HashCode.Combine(Outcome, Date);

    public override string ToString() => Date is { } d ? $"{Outcome}({d:yyyy-MM-dd})" : $"{Outcome}(\"{Text}\")";
}
