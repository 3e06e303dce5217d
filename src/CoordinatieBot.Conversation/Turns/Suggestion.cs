namespace CoordinatieBot.Conversation.Turns;

/// <summary>A next step offered under the bot's answer: its words on the button, and the message a press sends.</summary>
public sealed record Suggestion(string Title, string Text);
