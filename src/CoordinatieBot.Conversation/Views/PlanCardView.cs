using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>The shared plan of one family, as of <see cref="Today"/> (for overdue marks).</summary>
public sealed record PlanCardView(FamilyState Family, DateOnly Today, Language Language) : CardView(Language)
{
    /// <summary>
    /// Whose view this is. Null: the card everyone sees in the thread, every open task with its buttons (also what a
    /// client that does not refresh keeps showing). Set: one viewer's view (the answer to a refresh), their own tasks
    /// marked, and buttons only where they would press them (<see cref="ShowsButtonsOn"/>).
    /// </summary>
    public string? ViewerUserId { get; init; }

    /// <summary>The task is the viewer's own (never on the shared card).</summary>
    public bool IsViewersOwn(PlanAction action) => ViewerUserId is not null && action.OwnerUserId == ViewerUserId;

    /// <summary>
    /// Done, in progress and the rest on a task: on the shared card all of them, as before. In a viewer's view on their
    /// own tasks; the regisseur, who keeps the plan going, has them on every task (any active member may change a task's
    /// status, so that press is allowed); and nobody has them where a press would be refused (not an active member, the
    /// family closed).
    /// </summary>
    public bool ShowsButtonsOn(PlanAction action) =>
        ViewerUserId is not { } viewer ||
        (Family.Phase.IsOpen() && Family.IsActiveMember(viewer) && (action.OwnerUserId == viewer || Family.Regisseur?.UserId == viewer));

    /// <summary>
    /// "Plan voor het gezin" (the family's own version, to print or share): the regisseur's button. In the regisseur's view,
    /// and on the shared card while there is a regisseur (a client that does not refresh keeps every button; the page
    /// itself opens for the regisseur only).
    /// </summary>
    public bool ShowsFamilyPlanButton =>
        Family.Phase.IsOpen() && Family.Regisseur is { } r && (ViewerUserId is null || ViewerUserId == r.UserId);
}
