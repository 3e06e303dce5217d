using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>Actions left without an owner in the thread: one button per action to take it.</summary>
    public static class OrphanedActionsCard
    {
        /// <summary>Follows the alias in the title line.</summary>
        public static string WithoutOwner(Language l) => Pick(l, " · taken zonder eigenaar", " · tasks without an owner");

        public static string AllOwnedAgain(Language l) => Pick(l, "Elke taak heeft weer een eigenaar. Dank jullie wel!", "Every task has an owner again. Thank you!");

        public static string TakeTask(Language l, int number) => Pick(l, $"Ik neem taak {number}", $"I'll take task {number}");
    }
}
