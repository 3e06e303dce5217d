using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>A regie handover proposal: only the receiver can accept, or decline with a reason.</summary>
    public static class HandoverCard
    {
        /// <summary>Followed by the family's alias.</summary>
        public static string Title(Language l) => Pick(l, "Regie-overdracht gezin ", "Handover of the lead, family ");

        /// <summary>Between the proposer's and the receiver's names.</summary>
        public static string ProposesTo(Language l) => Pick(l, " stelt voor de regie over te dragen aan ", " proposes to hand over the lead to ");

        public static string ReasonLabel(Language l) => Pick(l, "Reden: ", "Reason: ");

        public static string UntilAccepted(Language l, string toName, string fromName) => Pick(l,
            $"Tot {toName} accepteert, blijft {fromName} regisseur.", $"Until {toName} accepts, {fromName} stays regisseur.");

        /// <summary>On the card everyone sees, followed by the receiver's name and <see cref="HowToAnswer"/>.</summary>
        public static string WaitingFor(Language l) => Pick(l, "Wacht op het antwoord van ", "Waiting for an answer from ");

        public static string HowToAnswer(Language l) => Pick(l,
            ". Alleen de ontvanger ziet hier Accepteren en Weigeren (of typt: ik accepteer de regie, of: regie weigeren: reden).",
            ". Only the receiver sees Accept and Decline here (or types: I accept the handover, or: decline: reason).");

        public static string Accept(Language l) => Pick(l, "Accepteren", "Accept");

        public static string DeclineMore(Language l) => Pick(l, "Weigeren…", "Decline…");

        public static string WhyDecline(Language l) => Pick(l, "Waarom blijft de regie waar die is?", "Why does the lead stay where it is?");

        public static string Decline(Language l) => Pick(l, "Weigeren", "Decline");

        /// <summary>Follows the receiver's name.</summary>
        public static string Accepted(Language l) => Pick(l, " heeft de regie geaccepteerd.", " accepted the lead.");

        /// <summary>Follows the receiver's name.</summary>
        public static string Declined(Language l) => Pick(l, " heeft de regie niet overgenomen.", " declined the lead.");

        public static string NoLongerApplies(Language l) => Pick(l, "Dit voorstel geldt niet meer.", "This proposal no longer applies.");
    }
}
