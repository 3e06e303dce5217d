using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// For the regisseur, after "plan voor het gezin": a short card with the button that opens the family's own version of
/// the plan (in <see cref="CardView.Language"/>) as a Teams dialog on the host's page.
/// </summary>
public sealed record FamilyPlanOfferCardView(string FamilyId, Language Language) : CardView(Language);
