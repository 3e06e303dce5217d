using System.Text.RegularExpressions;
using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- what nobody chased before: the family's own actions, a family that cannot be reached ---------------------------

/// <summary>"niet bereikbaar: gezin neemt niet op sinds 3 maart", "family unreachable since 3 March". <see cref="Since"/> null: today.</summary>
public sealed record FamilyUnreachableCommand(DateParseResult? Since) : Command;

/// <summary>"gezin weer bereikt", "family reached again".</summary>
public sealed record FamilyReachedCommand : Command;

/// <summary>
/// The family's own action ("taak voor het gezin: formulieren verzamelen, met @Sanne, voor vrijdag") is an
/// <see cref="AddTaskCommand"/> with <see cref="AddTaskCommand.ForFamily"/>: its owner is the professional who supports
/// the family (the one mentioned; none mentioned: the sender).
/// </summary>
internal static class ChaseRules
{
    // ---- the family's own action ------------------------------------------------------------------------------------

    private const string DutchFamilyWord = @"(het\s+)?gezin";

    public static readonly Rule[] FamilyTask =
    [
        // "taak voor het gezin: …", "huiswerk gezin: …", "actie gezin: …", "gezinstaak: …", "huiswerk voor het gezin: …"
        Rule.Dutch(@"^(nieuwe\s+)?((taak|actie|actiepunt|huiswerk|opdracht)\s+(voor\s+|van\s+)?" + DutchFamilyWord + @"|gezinstaak|gezinsactie|huiswerk)\s*[:-]\s*(?<description>.+)$", FamilyTaskBuilder(dateRequired: false)),
        // "gezin verzamelt de formulieren voor vrijdag, @Sanne helpt": free form, made only when it says when and who helps
        // ("gezin verhuist op 1 maart" is news, "gezin wordt op 1 maart uit huis gezet" a worry)
        Rule.Dutch(@"^" + DutchFamilyWord + @"\s+(?!(is|was|zit|wil|wilde|kan|kon|heeft|had|zegt|zei|vindt|vond|niet|weer|neemt\s+niet|wordt|werd|krijgt|kreeg|staat|woont|blijft|ligt)\b)(?<description>[\p{L}]+t\s+.+)$", FamilyTaskBuilder(dateRequired: true, supporterRequired: true)),
        // "task for the family: …", "family task: …", "homework for the family: …", "action for the family: …"
        Rule.English(@"^(new\s+|add\s+(a\s+)?)?((task|action|action\s+item|homework|to-?do)\s+(for\s+)?(the\s+)?family|family('s)?\s+(task|action|homework))\s*[:-]\s*(?<description>.+)$", FamilyTaskBuilder(dateRequired: false)),
        // "the family collects the forms by Friday, @Sanne helps"
        Rule.English(@"^(the\s+)?family\s+(?!(is|was|has|had|says|said|wants|can|could|does|did|isn'?t|doesn'?t|not|reached|unreachable|gets|moves|stays|lives)\b)(?<description>[\p{L}]+s\s+.+)$", FamilyTaskBuilder(dateRequired: true, supporterRequired: true)),
    ];

    /// <summary>Who supports the family in it: "met @Sanne", "with @Sanne", "@Sanne helpt", "@Sanne helps", "samen met @Sanne".</summary>
    private static readonly Regex Supporter = TextFold.Compile(
        @"(^|[\s,;(]+)((samen\s+met|met\s+hulp\s+van|met\s+steun\s+van|met|ondersteund\s+door|begeleid\s+door|begeleiding|steun|support(ed)?\s+by|helped\s+by|with\s+help\s+from|with\s+support\s+from|together\s+with|with)\s*:?\s*(?<person>" + Mention + @")" +
        @"|(?<person>" + Mention + @")\s+(helpt|ondersteunt|begeleidt|helps|supports)(\s+(daarbij|mee|erbij|hen|ze|them|out))?)(?=$|[\s,;.)])\)?");

    private static Func<RuleMatch, Command?> FamilyTaskBuilder(bool dateRequired, bool supporterRequired = false) => match =>
    {
        var (original, folded) = match.Slice("description");
        PersonRef? supporter = new PersonRef.Me();
        if (Supporter.Match(folded) is { Success: true } found)
        {
            var person = found.Groups["person"];
            supporter = match.Person(original.Substring(person.Index, person.Length), person.Value);
            if (supporter is null) return null;
            (original, folded) = (original.Remove(found.Index, found.Length), folded.Remove(found.Index, found.Length));
        }
        else if (supporterRequired || folded.Contains('@'))
        {
            return null; // someone is named, but not as the one who helps: not sure what is meant
        }
        return TaskRules.TaskFrom(match, original, folded, supporter, dateRequired, urgent: false) is AddTaskCommand task
            ? task with { ForFamily = true }
            : null;
    };

    // ---- a family that cannot be reached ----------------------------------------------------------------------------

    private const string NotReachedDutch =
        @"(niet\s+(meer\s+)?bereikbaar|onbereikbaar|neemt\s+(de\s+telefoon\s+)?niet\s+(meer\s+)?op|reageert\s+niet(\s+meer)?|doet\s+(de\s+deur\s+)?niet\s+open|krijgen\s+(we\s+)?(het\s+gezin|ze|hen)\s+niet\s+te\s+pakken|niet\s+te\s+pakken|geen\s+contact(\s+meer)?)";

    public static readonly Rule[] Unreachable =
    [
        // "gezin weer bereikt", "contact met gezin hersteld", "family reached again", "family is reachable again"
        Rule.Dutch(@"^((het\s+)?gezin\s+(is\s+)?(weer|opnieuw)\s+(bereikt|bereikbaar|in\s+beeld)|weer\s+contact(\s+met\s+(het\s+)?gezin)?|contact\s+(met\s+(het\s+)?gezin\s+)?(is\s+)?(weer\s+)?hersteld|(we\s+hebben\s+|we\s+hebben\s+het\s+)?gezin\s+weer\s+gesproken|bereikbaar\s+weer|niet\s+bereikbaar\s+(opheffen|voorbij|vervalt))$", _ => new FamilyReachedCommand()),
        Rule.English(@"^((the\s+)?family\s+(is\s+|was\s+)?(reached|reachable|contacted|back\s+in\s+touch)\s+again|(we\s+)?reached\s+the\s+family(\s+again)?|back\s+in\s+touch(\s+with\s+the\s+family)?|contact\s+(with\s+the\s+family\s+)?restored)$", _ => new FamilyReachedCommand()),
        // "niet bereikbaar: gezin neemt niet op sinds 3 maart", "niet bereikbaar sinds maandag"
        Rule.Dutch(@"^(gezin\s+)?(niet\s+bereikbaar|onbereikbaar)(\s*[:,-]\s*|\s+)(?<rest>.*)$", UnreachableSince),
        Rule.Dutch(@"^(gezin\s+)?(niet\s+bereikbaar|onbereikbaar)$", UnreachableSince),
        // "gezin niet bereikbaar sinds maandag", "het gezin neemt niet op sinds 3 maart", "we krijgen het gezin niet te pakken"
        Rule.Dutch(@"^(?<rest>((het\s+)?gezin\s+(is\s+)?|we\s+|wij\s+)" + NotReachedDutch + @".*)$", UnreachableSince),
        // "family unreachable since 3 March", "the family is not answering since Monday", "we can't reach the family"
        Rule.English(@"^(?<rest>((the\s+)?family\s+(is\s+|has\s+been\s+)?(unreachable|not\s+reachable|not\s+answering|not\s+responding|out\s+of\s+reach|not\s+picking\s+up)|unreachable|family\s+not\s+reachable|" +
            @"(we\s+)?(can'?t|cannot|couldn'?t|could\s+not)\s+(reach|get\s+hold\s+of|contact)\s+the\s+family)\b.*)$", UnreachableSince),
    ];

    private static readonly Regex SinceWord = TextFold.Compile(@"(^|\s)(sinds|vanaf|since|from)\s+");

    /// <summary>The day after "sinds"/"since", read backwards ("maandag" is the last Monday); no day: today.</summary>
    private static Command? UnreachableSince(RuleMatch match)
    {
        if (!match.Has("rest")) return new FamilyUnreachableCommand(null);
        var (original, folded) = match.Slice("rest");
        var since = SinceWord.Match(folded);
        if (!since.Success) return new FamilyUnreachableCommand(null);
        var start = since.Index + since.Length;
        var date = match.DateAtStart(folded[start..], DateDirection.Past);
        if (date is null) return new FamilyUnreachableCommand(DateParseResult.Unreadable(original[start..].Trim()));
        return new FamilyUnreachableCommand(date.Value.Result with { Text = original[start..(start + date.Value.End)].Trim() });
    }
}
