using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>What the bot says about events people make in the chat: an edited message, the bot removed or added again.</summary>
public static partial class Messages
{
    public static string EditOffersUpdate(Language l, PlanAction a) => Pick(l,
        $"Je hebt je bericht aangepast. Zal ik taak **{a.Number}** ook zo bijwerken? Er verandert niets tot je kiest.",
        $"You edited your message. Shall I update task **{a.Number}** to match? Nothing changes until you choose.");

    public static string EditOfferQuestion(Language l, PlanAction a) => Pick(l,
        $"Taak {a.Number} bijwerken zoals in je aangepaste bericht?",
        $"Update task {a.Number} as in your edited message?");

    public static string ActionUpdated(Language l, FamilyState family, PlanAction a, DateOnly today)
    {
        var due = a.Due is { } d ? Pick(l, $", uiterlijk {DutchDates.Short(d, today, l)}", $", due {DutchDates.Short(d, today, l)}") : "";
        return Pick(l,
            $"Taak **{a.Number}** is bijgewerkt: {UserText.Escape(a.Description)}, voor {Name(family, a.OwnerUserId)}{due}.",
            $"Task **{a.Number}** is updated: {UserText.Escape(a.Description)}, for {Name(family, a.OwnerUserId)}{due}.");
    }

    /// <summary>To the regisseur, 1:1: the bot is no longer in the family's chat; what that means and how to undo it.</summary>
    public static string BotRemovedToRegisseur(Language l, FamilyState family) => Pick(l,
        $"CoordinatieBot is uit het gesprek van gezin **{UserText.Escape(family.Alias)}** gehaald. Het plan en de taken blijven bewaard, " +
        "en de eigenaren krijgen hun herinneringen nog 1-op-1, maar in het gesprek zelf plaats ik niets meer. " +
        "Wil je dat ik weer meedoe? Voeg CoordinatieBot opnieuw toe aan het gesprek; dan pak ik het daar weer op.",
        $"CoordinatieBot was removed from the chat of family **{UserText.Escape(family.Alias)}**. The plan and the tasks are kept, " +
        "and owners still get their reminders 1:1, but I no longer post anything in the chat itself. " +
        "Want me back? Add CoordinatieBot to the chat again; then I pick up there again.");

    public static string BotBackInThread(Language l, FamilyState family) => Pick(l,
        $"Fijn dat ik er weer bij ben. Het plan van gezin **{UserText.Escape(family.Alias)}** staat nog zoals het was; typ **plan** om het te zien.",
        $"Good to be back. The plan of family **{UserText.Escape(family.Alias)}** is as it was; type **plan** to see it.");
}
