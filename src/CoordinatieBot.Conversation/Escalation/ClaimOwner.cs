namespace CoordinatieBot.Conversation.Escalation;

/// <summary>Who holds a claim, for storage and logs: the machine, the process and this instance.</summary>
internal static class ClaimOwner
{
    public static string New() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
