using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// To the procesmanager when a family lost its regisseur: from <see cref="From"/> on, if nobody took the regie, they can
/// appoint one of <see cref="Candidates"/>. Process facts only: the family's alias and who takes part.
/// </summary>
public sealed record AppointRegisseurCardView(string FamilyId, string FamilyAlias, IReadOnlyList<(string UserId, string Label)> Candidates,
    DateOnly From, DateOnly Today, Language Language, string? Outcome = null) : CardView(Language);
