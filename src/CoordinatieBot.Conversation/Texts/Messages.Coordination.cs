using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    /// <summary>Stands in for a safety concern raised without words.</summary>
    public static string NoExplanation(Parsing.Language l) => Pick(l, "(geen toelichting)", "(no explanation)");

    public static string YourOpenTasks(Parsing.Language l) => Pick(l, "Jouw open taken:", "Your open tasks:");
}
