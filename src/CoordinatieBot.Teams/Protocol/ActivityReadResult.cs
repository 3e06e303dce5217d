using System.Diagnostics.CodeAnalysis;

namespace CoordinatieBot.Teams.Protocol;

public sealed class ActivityReadResult
{
    private ActivityReadResult(Activity? activity, string? error)
    {
        Activity = activity;
        Error = error;
    }

    public Activity? Activity { get; }

    /// <summary>Why the body was rejected; safe to log (never contains message text).</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Activity is not null;

    public static ActivityReadResult Success(Activity activity) => new(activity, null);

    public static ActivityReadResult Failure(string error) => new(null, error);
}
