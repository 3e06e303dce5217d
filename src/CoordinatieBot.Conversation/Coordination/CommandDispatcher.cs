using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>The one way from a command to the concept that handles it, whichever way it came in.</summary>
public sealed class CommandDispatcher(IEnumerable<ICommandHandler> handlers)
{
    private readonly ICommandHandler[] _handlers = handlers.ToArray();

    public Task<TurnResult> HandleAsync(TurnContext turn, Command command, CancellationToken ct)
    {
        foreach (var handler in _handlers)
            if (handler.TryHandle(turn, command, ct) is { } handled) return handled;
        return Task.FromResult(TurnResult.Say(Messages.NotUnderstood(turn.Language) + "\n\n" + Messages.Help(turn.Language)));
    }
}
