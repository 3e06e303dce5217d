using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>What the living plan card shows once the family is erased.</summary>
    public static class ErasedPlanCard
    {
        public static string Erased(Language l) => Pick(l,
            "Dit plan is gewist. Er staan geen gegevens van het gezin meer in deze bot.",
            "This plan has been erased. The bot holds no data of this family any more.");
    }
}
