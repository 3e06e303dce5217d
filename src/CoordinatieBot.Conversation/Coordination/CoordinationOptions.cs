using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Conversation.Coordination;

public sealed class CoordinationOptions
{
    public const string Section = "Coordination";

    /// <summary>The plan's life domains (leefgebieden), in the order the card shows them; by default <see cref="Messages.DefaultLeefgebieden"/>.</summary>
    public List<string> Leefgebieden { get; set; } = [.. Messages.DefaultLeefgebieden];

    /// <summary>How many history entries "geschiedenis" shows.</summary>
    public int HistoryEntriesShown { get; set; } = 10;
}
