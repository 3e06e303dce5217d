using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// A form to fill in (a task, a goal, the family's consent), or, once sent, what it made (<see cref="Done"/>).
/// <see cref="Values"/> fill it in beforehand (from a message, or what was entered when it comes back with a <see cref="Notice"/>).
/// </summary>
public sealed record FormCardView(
    FormKind Kind,
    string FormId,
    string FamilyId,
    string Alias,
    IReadOnlyList<FormPerson> People,
    IReadOnlyList<string> Leefgebieden,
    IReadOnlyList<string> Organisations,
    DateOnly Today,
    Language Language) : CardView(Language)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Why the form came back (something missing, or a person outside the chat): shown above the fields.</summary>
    public string? Notice { get; init; }

    /// <summary>Set once the form made what it was for: the card then says what, without fields.</summary>
    public string? Done { get; init; }

    /// <summary>The members offered on the form; Teams' people picker finds the others of the chat by search.</summary>
    public const int MaxPeople = 20;

    /// <summary>The form for <paramref name="kind"/> in <paramref name="family"/>: its members to pick from, the leefgebieden to choose.</summary>
    public static FormCardView For(FormKind kind, string formId, FamilyState family, IReadOnlyList<string> leefgebieden, DateOnly today, Language l)
    {
        var people = family.Members.Where(m => m.Active)
            .Select(m => new FormPerson(m.AadObjectId ?? m.UserId, m.Name, m.Organisation))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxPeople)
            .ToList();
        // A task serves one of the plan's leefgebieden; a goal may open a new one.
        var offered = kind == FormKind.Task
            ? family.Plan.Goals.Select(g => g.Leefgebied).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : leefgebieden.ToList();
        var organisations = family.Members.Where(m => m.Active && m.Organisation is not null).Select(m => m.Organisation!)
            .Concat(family.Consents.SelectMany(c => c.Organisations))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(15).ToList();
        return new FormCardView(kind, formId, family.Id, family.Alias, people, offered, organisations, today, l);
    }

    /// <summary>The card once the form is sent: what it made, no fields.</summary>
    public static FormCardView Sent(FormKind kind, string formId, string familyId, string alias, string said, DateOnly today, Language l) =>
        new(kind, formId, familyId, alias, [], [], [], today, l) { Done = said };
}

/// <summary>Someone to pick on a form: <see cref="Id"/> is their Entra object id when known (as Teams' people picker answers), else their Teams user id.</summary>
public sealed record FormPerson(string Id, string Name, string? Organisation);
