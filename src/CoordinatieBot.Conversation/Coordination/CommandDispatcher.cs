using CoordinatieBot.Conversation.Parsing;
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
        // A command no concept claims is answered as one not understood (Overview owns that answer).
        return command is UnknownCommand ? throw new InvalidOperationException("No handler for UnknownCommand") : HandleAsync(turn, new UnknownCommand(""), ct);
    }
}
