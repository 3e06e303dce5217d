namespace CoordinatieBot.Teams.Protocol;

/// <summary>A mention entity: Text is the exact "&lt;at&gt;Name&lt;/at&gt;" that appears in the message text.</summary>
public sealed record Mention(string MentionedId, string? MentionedName, string Text);
