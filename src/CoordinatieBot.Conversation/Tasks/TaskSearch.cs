using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tasks;

/// <summary>
/// "Zoek taak" (the message extension's search): the open tasks of the conversation's family that fit the words or the
/// number typed, as task cards to put in the chat. Only the family of the conversation it is asked in; a read.
/// </summary>
public sealed class TaskSearch(FamilyTurns turns)
{
    public const int MaxResults = 10;

    public Task<FamilyRead<IReadOnlyList<TaskCardView>>> FindAsync(TurnContext turn, string? query, CancellationToken ct) =>
        turns.PeekStateAsync<IReadOnlyList<TaskCardView>>(turn, (s, now) => Matching(s, query?.Trim() ?? "").Take(MaxResults)
            .Select(a => new TaskCardView(s.Id, s.Alias, a, TaskCardReason.Shared, now.Today, turn.Language)).ToList(), ct);

    /// <summary>Nothing typed: every open task, the latest first. A number: that task. Words: the tasks they fit, best first.</summary>
    private static IEnumerable<PlanAction> Matching(FamilyState s, string query)
    {
        var open = s.Actions.Where(a => !a.IsClosed).ToList();
        if (query.Length == 0) return open.OrderByDescending(a => a.Number);
        if (int.TryParse(query.TrimStart('#'), out var number)) return open.Where(a => a.Number == number);
        var byWords = TaskWords.Find(s, query).Candidates;
        var byText = open.Where(a => a.Description.Contains(query, StringComparison.CurrentCultureIgnoreCase));
        return byWords.Concat(byText).DistinctBy(a => a.Number);
    }
}
