namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// Reads the part after "toestemming:"/"consent:" liberally: "moeder, schriftelijk, voor Wijkteam, School en GGD, doel: afstemming hulp, tot 1 juni 2027".
/// </summary>
/// <remarks>
/// Labels switch fields: door/by/van/from (given by), voor/for/met/with/delen met/organisaties (organisations), doel/purpose/t.b.v. (purpose),
/// tot/until/t/m/geldig tot (end date, only when a date follows). How: schriftelijk, mondeling, verbaal, getekend, digitaal, telefonisch, per e-mail,
/// written, in writing, verbal, oral, signed, by e-mail, by phone. Unlabelled parts fill, in order: given by, how, organisations.
/// Organisations are separated by commas, "en", "and", "&amp;", "+" or "/" ("Jeugd en Gezin" stays one name).
/// </remarks>
internal static class ConsentReader
{
    internal sealed record Reading(string? GivenBy, string? How, IReadOnlyList<string> Organisations, string? Purpose, DateParseResult? Until);

    private enum Field { None, GivenBy, Organisations, Purpose }

    private readonly record struct Tok(int Start, int End, string Word, bool Separator);

    private static readonly string[][] HowPhrases =
    [
        ["per", "e-mail"], ["per", "email"], ["per", "mail"], ["via", "e-mail"], ["via", "email"], ["via", "mail"], ["by", "e-mail"], ["by", "email"],
        ["by", "phone"], ["in", "writing"], ["op", "papier"],
        ["schriftelijk"], ["mondeling"], ["mondeling"], ["verbaal"], ["getekend"], ["ondertekend"], ["digitaal"], ["telefonisch"],
        ["written"], ["verbal"], ["verbally"], ["oral"], ["orally"], ["signed"], ["digital"], ["digitally"], ["email"], ["e-mail"],
    ];

    private static readonly string[][] UntilLabels =
        [["geldig", "tot"], ["valid", "until"], ["tot", "en", "met"], ["tot"], ["t/m"], ["until"], ["till"], ["verloopt"], ["vervalt"], ["expires"]];

    private static readonly string[][] PurposeLabels =
        [["voor", "het", "doel"], ["for", "the", "purpose", "of"], ["ten", "behoeve", "van"], ["t.b.v."], ["t.b.v"], ["tbv"], ["doel"], ["doelen"], ["purpose"], ["doeleinde"]];

    private static readonly string[][] GivenByLabels = [["gegeven", "door"], ["given", "by"], ["door"], ["by"], ["van"], ["from"]];

    private static readonly string[][] OrganisationLabels =
    [
        ["delen", "met"], ["share", "with"], ["sharing", "with"], ["organisaties"], ["organisations"], ["organizations"], ["orgs"], ["partijen"],
        ["voor"], ["for"], ["met"], ["with"],
    ];

    public static Reading Read(string original, string folded, DateOnly today)
    {
        var toks = Tokenize(folded);
        string? givenBy = null, how = null, purpose = null;
        var organisations = new List<string>();
        DateParseResult? until = null;
        var field = Field.None;
        (int Start, int End)? item = null;

        void Flush()
        {
            if (item is not { } it) return;
            var text = original[it.Start..it.End].Trim();
            switch (field)
            {
                case Field.GivenBy: givenBy = givenBy is null ? text : givenBy + " " + text; break;
                case Field.Purpose: purpose = purpose is null ? text : purpose + ", " + text; break;
                case Field.Organisations: organisations.Add(text); break;
            }
            item = null;
        }

        var i = 0;
        while (i < toks.Count)
        {
            var t = toks[i];
            if (t.Separator)
            {
                Flush();
                if (field != Field.Organisations) field = Field.None;
                i++;
                continue;
            }
            if (Starts(toks, i, HowPhrases) is { } howLength && field != Field.Purpose)
            {
                Flush();
                how ??= original[t.Start..toks[i + howLength - 1].End];
                field = Field.None;
                i += howLength;
                continue;
            }
            if (Starts(toks, i, UntilLabels) is { } untilLength && DateAfter(toks, i + untilLength, folded, today) is { } date)
            {
                Flush();
                until = date.Result with { Text = original[toks[i + untilLength].Start..toks[date.LastToken].End] };
                field = Field.None;
                i = date.LastToken + 1;
                continue;
            }
            if (field != Field.Purpose && Starts(toks, i, PurposeLabels) is { } purposeLength)
            {
                Flush();
                field = Field.Purpose;
                i += purposeLength;
                continue;
            }
            if (field is not (Field.Purpose or Field.Organisations) && givenBy is null && Starts(toks, i, GivenByLabels) is { } byLength)
            {
                Flush();
                field = Field.GivenBy;
                i += byLength;
                continue;
            }
            if (field is not (Field.Purpose or Field.Organisations) && Starts(toks, i, OrganisationLabels) is { } orgLength)
            {
                Flush();
                field = Field.Organisations;
                i += orgLength;
                continue;
            }
            if (field == Field.Organisations && t.Word is "en" or "and" or "&" or "+" or "/" && item is not null
                && !(t.Word == "en" && i > 0 && toks[i - 1].Word == "jeugd" && i + 1 < toks.Count && toks[i + 1].Word == "gezin"))
            {
                Flush();
                i++;
                continue;
            }
            if (field == Field.None)
            {
                field = givenBy is null ? Field.GivenBy : how is null ? Field.None : Field.Organisations;
                if (field == Field.None)
                {
                    // an unlabelled part after "who" and before "how": take it as how it was given
                    var end = i;
                    while (end + 1 < toks.Count && !toks[end + 1].Separator) end++;
                    how = original[t.Start..toks[end].End];
                    i = end + 1;
                    continue;
                }
            }
            item = item is { } open ? (open.Start, t.End) : (t.Start, t.End);
            i++;
        }
        Flush();
        return new Reading(givenBy, how, organisations, purpose, until);
    }

    private static int? Starts(List<Tok> toks, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length > toks.Count) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = !toks[i + k].Separator && toks[i + k].Word == phrase[k];
            if (all) return phrase.Length;
        }
        return null;
    }

    private static (DateParseResult Result, int LastToken)? DateAfter(List<Tok> toks, int first, string folded, DateOnly today)
    {
        if (first >= toks.Count || toks[first].Separator) return null;
        var last = first;
        while (last + 1 < toks.Count && !toks[last + 1].Separator && last - first < 6) last++;
        for (var k = last; k >= first; k--)
        {
            var m = DateExpressionParser.Match(folded[toks[first].Start..toks[k].End], today, DateDirection.Future);
            if (m.Shape != DateExpressionParser.DateShape.None) return (m.Result, k);
        }
        return null;
    }

    private static List<Tok> Tokenize(string f)
    {
        var toks = new List<Tok>();
        var i = 0;
        while (i < f.Length)
        {
            var ch = f[i];
            if (ch is ',' or ';')
            {
                toks.Add(new Tok(i, i + 1, ch.ToString(), true));
                i++;
                continue;
            }
            if (char.IsWhiteSpace(ch))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < f.Length && !char.IsWhiteSpace(f[i]) && f[i] is not (',' or ';')) i++;
            var end = i;
            while (end > start + 1 && f[end - 1] is ':' or '.' or '!' or '?' && !f[start..end].StartsWith("t.b.v", StringComparison.Ordinal)) end--;
            if (end > start && f[end - 1] == ':') end--;
            toks.Add(new Tok(start, end, f[start..end], false));
        }
        return toks;
    }
}
