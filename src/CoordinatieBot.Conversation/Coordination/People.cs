using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>Who a command points at, among the family's members.</summary>
public static class People
{
    /// <summary>The member's user id, or null when it is unclear. A mentioned person is in this thread, so they become a member.</summary>
    public static string? Resolve(Family f, PersonRef person, Actor actor, DateTimeOffset now)
    {
        switch (person)
        {
            case PersonRef.Me:
                return actor.UserId;
            case PersonRef.Mentioned m:
                f.EnsureMember(new Actor(m.Person.UserId, m.Person.Name), now, addedByUserId: actor.UserId);
                return m.Person.UserId;
            case PersonRef.Named n:
                var name = n.Name.Trim().TrimStart('@');
                var matches = f.State.Members.Where(x => x.Active && (
                    string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase) ||
                    x.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Equals(name, StringComparison.OrdinalIgnoreCase) == true)).ToList();
                return matches.Count == 1 ? matches[0].UserId : null;
            case PersonRef.Picked p:
                return f.State.Members.FirstOrDefault(x => x.Active && (string.Equals(x.UserId, p.Id, StringComparison.Ordinal) ||
                    string.Equals(x.AadObjectId, p.Id, StringComparison.OrdinalIgnoreCase)))?.UserId;
            default:
                return null;
        }
    }
}
