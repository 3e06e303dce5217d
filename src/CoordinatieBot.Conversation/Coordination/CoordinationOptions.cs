namespace CoordinatieBot.Conversation.Coordination;

public sealed class CoordinationOptions
{
    public const string Section = "Coordination";

    /// <summary>The plan's life domains (leefgebieden), in the order the card shows them.</summary>
    public List<string> Leefgebieden { get; set; } =
    [
        "Financiën en schulden",
        "Werk en inkomen",
        "Wonen en huishouden",
        "Opvoeding en ontwikkeling",
        "Gezondheid en psychisch welzijn",
        "Veiligheid",
        "Sociaal netwerk en participatie",
        "Politie en justitie",
    ];

    /// <summary>How many history entries "geschiedenis" shows.</summary>
    public int HistoryEntriesShown { get; set; } = 10;
}
