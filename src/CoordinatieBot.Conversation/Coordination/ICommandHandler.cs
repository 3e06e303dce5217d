using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// The operations of one concept (tasks, regie, plan, members and consent, escalation, the family's life, overviews).
/// Every way in turns what it got into a <see cref="Command"/> and hands it to <see cref="CommandDispatcher"/>.
/// </summary>
public interface ICommandHandler
{
    /// <summary>Handles the command when it belongs to this concept; null when it does not.</summary>
    Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct);
}
