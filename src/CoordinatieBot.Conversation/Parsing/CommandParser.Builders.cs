using System.Text.RegularExpressions;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Parsing;

public static partial class CommandParser
{
    private static readonly Regex ReasonLead = TextFold.Re(@"^[\s,:;.-]*((omdat|want|wegens|vanwege|reden|because|since|as|due\s+to|reason)(?=$|[\s:])\s*:?\s*)?");

    private static readonly Regex LeadPerson = TextFold.Re(@"^(?<p>@@m[0-9]{1,3}|@[^\s,:;]+)\s*[,:]?\s+(?=\S)");

    private static readonly Regex LeadMe = TextFold.Re(
        @"^(ik|i)((\s+(zal|ga|kan|wil|moet))|'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can)?\s+(?=\S)");

    private static readonly Regex UntilConnector = TextFold.Re(
        @"(^|[\s,(]+)(tot\s+en\s+met|tot|t/m|until|till|til|verwacht(\s+op|\s+rond)?|expected(\s+on|\s+by|\s+around)?|uiterlijk|rond|around|by)\s+");

    private static readonly HashSet<string> DutchNonTaskVerbs =
    [
        "ben", "was", "waren", "heb", "had", "weet", "wist", "denk", "dacht", "vind", "vond", "snap", "begrijp", "hoop", "geloof",
        "zie", "zag", "hoor", "voel", "mis", "ken", "bedoel", "twijfel", "kijk", "zit", "sta", "lig", "woon", "heet", "accepteer",
        "weiger", "neem", "draag",
    ];

    private static readonly HashSet<string> DutchAuxiliaries = ["zal", "ga", "kan", "wil", "moet"];

    private static readonly HashSet<string> EnglishNonTaskVerbs =
    [
        "am", "was", "were", "have", "had", "think", "thought", "know", "knew", "guess", "believe", "feel", "felt", "see", "saw",
        "hope", "do", "did", "mean", "like", "love", "want", "agree", "disagree", "understand", "would", "should", "could", "might",
        "may", "wonder", "really", "accept", "decline", "take",
    ];

    // ---- task status -------------------------------------------------------------------------------------------------

    private static Command Done(Match m, Ctx c) => new TaskDoneCommand(Ctx.Number(m));

    private static Command InProgress(Match m, Ctx c) => new TaskInProgressCommand(Ctx.Number(m));

    /// <summary>"1 bezig, verwacht 15 januari": in progress with an expected date.</summary>
    private static Command? InProgressUntil(Match m, Ctx c)
    {
        var (o, f) = c.Slice(m.Groups["u"]);
        var u = UntilConnector.Match(f);
        var skip = u.Success && u.Index == 0 ? u.Length : f.StartsWith("voor ", StringComparison.Ordinal) ? "voor ".Length : -1;
        if (skip < 0) return null;
        var dm = DateExpressionParser.Match(f[skip..], c.Today, DateDirection.Future);
        if (dm.Shape == DateExpressionParser.DateShape.None) return null;
        return new TaskInProgressCommand(Ctx.Number(m), dm.Result with { Text = o[skip..].Trim() });
    }

    private static Command? Waiting(Match m, Ctx c)
    {
        var (o, f) = c.Slice(m.Groups["p"]);
        DateParseResult? until = null;
        foreach (Match u in UntilConnector.Matches(f))
        {
            var tail = f[(u.Index + u.Length)..];
            var dm = DateExpressionParser.Match(tail, c.Today, DateDirection.Future);
            if (dm.Shape == DateExpressionParser.DateShape.None) continue;
            until = dm.Result with { Text = o[(u.Index + u.Length)..].Trim() };
            o = o[..u.Index];
            break;
        }
        var party = c.Clean(o).TrimEnd('(').Trim();
        return party.Length == 0 ? null : new TaskWaitingCommand(Ctx.Number(m), party, until);
    }

    private static Command NotPossible(Match m, Ctx c) => new TaskNotPossibleCommand(Ctx.Number(m), CleanReason(c, m.Groups["r"]));

    private static Command? Reassign(Match m, Ctx c)
    {
        var (o, f) = c.Slice(m.Groups["p"]);
        if (DatePrefix(f, c.Today, DateDirection.Future) is not null) return null;
        return c.Person(o, f) is { } to ? new TaskReassignCommand(Ctx.Number(m), to) : null;
    }

    private static Command? NewDate(Match m, Ctx c, bool strict)
    {
        var (o, f) = c.Slice(m.Groups["rest"]);
        if (f.TrimStart().StartsWith('@')) return null;
        var (date, reason) = SplitDateThenReason(c, o, f, DateDirection.Future);
        if (date is null)
        {
            if (strict) return null;
            date = DateParseResult.Unreadable(o.Trim());
        }
        return new TaskNewDateCommand(Ctx.Number(m), date, reason);
    }

    // ---- family, regie, members --------------------------------------------------------------------------------------

    private static Command StartFamily(Match m, Ctx c)
    {
        var alias = m.Groups["a"].Success ? c.Text(m.Groups["a"]).Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ' ') : "";
        return AliasRules.Check(alias) is { } problem ? new InvalidAliasCommand(alias, problem) : new StartFamilyCommand(alias);
    }

    private static Command Decline(Match m, Ctx c) => new DeclineRegieCommand(c.OptionalText(m.Groups["r"]));

    private static Command? HandOver(Match m, Ctx c) =>
        c.Person(m.Groups["p"]) is { } to ? new HandOverRegieCommand(to, c.OptionalText(m.Groups["r"])) : null;

    private static Command? SetRole(Match m, Ctx c) => m.Groups["role"].Value switch
    {
        "uitvoerder" or "uitvoerend" or "uitvoerende" or "hulpverlener" or "executor" or "doer" or "practitioner" or "provider" => new SetRoleCommand(MemberRole.Uitvoerder),
        "verwijzer" or "verwijzend" or "verwijzende" or "referrer" or "referring" => new SetRoleCommand(MemberRole.Verwijzer),
        "" => null,
        _ => new SetRoleCommand(MemberRole.Observer),
    };

    private static Command? SetOrganisation(Match m, Ctx c)
    {
        var org = StripArticle(c.Text(m.Groups["o"]));
        return org.Length == 0 ? null : new SetOrganisationCommand(org);
    }

    private static Command? SetLevel(Match m, Ctx c)
    {
        var level = new string(m.Groups["level"].Value.Where(char.IsLetterOrDigit).ToArray());
        FamilyLevel? parsed = level switch
        {
            "regulier" or "regular" or "normaal" or "normal" or "standaard" or "standard" => FamilyLevel.Regulier,
            "risicogezin" or "risico" or "atrisk" or "risk" or "riskfamily" => FamilyLevel.Risicogezin,
            "mpg1" or "multiprobleemgezin1" => FamilyLevel.Mpg1,
            "mpg2" or "multiprobleemgezin2" => FamilyLevel.Mpg2,
            "mpg3" or "multiprobleemgezin3" => FamilyLevel.Mpg3,
            "ompg" => FamilyLevel.Ompg,
            _ => null,
        };
        return parsed is { } l ? new SetLevelCommand(l) : null;
    }

    private static Command Close(Match m, Ctx c) => new CloseFamilyCommand(CleanReason(c, m.Groups["tail"]));

    private static Command Erase(Match m, Ctx c) => new EraseFamilyCommand(m.Groups["ok"].Success, CleanReason(c, m.Groups["tail"]));

    // ---- plan --------------------------------------------------------------------------------------------------------

    private static Command Discussed(Match m, Ctx c, AgreementKind kind)
    {
        var (o, f) = c.Slice(m.Groups["tail"]);
        var (date, reason) = SplitDateThenReason(c, o, f, DateDirection.Past);
        if (date is null && reason is null)
            return new PlanDiscussedCommand(kind, null, null);
        if (date is { Outcome: not DateOutcome.Ok }) return new InvalidDateCommand(date);
        return new PlanDiscussedCommand(kind, date?.Date, reason);
    }

    private static Command? FamilyWords(Match m, Ctx c)
    {
        var words = Unquote(c.Text(m.Groups["w"]));
        return words.Length == 0 ? null : new AddFamilyWordsCommand(Ctx.Number(m), words);
    }

    private static readonly Regex FamilyWordsMarker = TextFold.Re(
        @"([\s,;.(]+|^)(het\s+gezin\s+zegt|gezin\s+zegt|de\s+ouders\s+zeggen|ouders\s+zeggen|moeder\s+zegt|vader\s+zegt|in\s+eigen\s+woorden|eigen\s+woorden|" +
        @"the\s+family\s+says|family\s+says|in\s+their\s+own\s+words|in\s+their\s+words|(the\s+)?family'?s\s+(own\s+)?words|own\s+words)\s*:?\s*");

    private static Command? Goal(Match m, Ctx c)
    {
        string? hint = null;
        if (m.Groups["h"].Success)
        {
            hint = c.Text(m.Groups["h"]);
            hint = Regex.Replace(hint, @"^(voor|bij|op|for|on|in|leefgebied|domein|domain|toevoegen)\s+", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TextFold.RegexTimeout).Trim();
            if (hint.Length == 0) hint = null;
            else if (hint.All(char.IsDigit)) return null;
        }
        var (o, f) = c.Slice(m.Groups["t"]);
        string? familyWords = null;
        if (FamilyWordsMarker.Match(f) is { Success: true } fw)
        {
            familyWords = Unquote(c.Clean(o[(fw.Index + fw.Length)..]));
            o = o[..fw.Index];
            if (familyWords.Length == 0) familyWords = null;
        }
        var text = c.Clean(o);
        if (text.Length == 0) text = familyWords ?? "";
        return text.Length == 0 ? null : new AddGoalCommand(hint, text, familyWords);
    }

    private static Command Safety(Match m, Ctx c)
    {
        var (o, f) = c.Slice(m.Groups["tail"]);
        var trimmed = f.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is ':' or ',' or ';' or '-')
        {
            var after = c.Clean(o.TrimStart()[1..]);
            if (after.Length > 0) return new SafetyConcernCommand(after);
        }
        return new SafetyConcernCommand(c.Clean(c.Original));
    }

    private static Command? Text(Match m, Ctx c, Func<string, Command> make)
    {
        var t = c.Text(m.Groups["t"]);
        return t.Length == 0 ? null : make(t);
    }

    private static Command? Consent(Match m, Ctx c)
    {
        var (o, f) = c.Slice(m.Groups["rest"]);
        var read = ConsentReader.Read(o, f, c.Today);
        string Clean(string? s) => s is null ? "" : StripArticle(c.Clean(s));
        var givenBy = Clean(read.GivenBy);
        var how = Clean(read.How);
        var organisations = read.Organisations.Select(Clean).Where(x => x.Length > 0).ToList();
        var purpose = Clean(read.Purpose);
        if (givenBy.Length == 0) return new InvalidConsentCommand(ConsentProblem.MissingGivenBy, read.Until);
        if (how.Length == 0) return new InvalidConsentCommand(ConsentProblem.MissingHow, read.Until);
        if (organisations.Count == 0) return new InvalidConsentCommand(ConsentProblem.MissingOrganisations, read.Until);
        if (read.Until is { Outcome: DateOutcome.InPast }) return new InvalidConsentCommand(ConsentProblem.UntilInPast, read.Until);
        if (read.Until is { Outcome: not DateOutcome.Ok }) return new InvalidConsentCommand(ConsentProblem.UntilUnreadable, read.Until);
        return new RecordConsentCommand(givenBy, how, organisations, purpose.Length == 0 ? null : purpose, read.Until?.Date);
    }

    // ---- tasks -------------------------------------------------------------------------------------------------------

    private static Command? Referral(Match m, Ctx c) =>
        Task(m, c) is AddTaskCommand task ? task with { Referral = true } : null;

    private static Command? Task(Match m, Ctx c)
    {
        var urgent = m.Groups["u"].Success || m.Groups["u2"].Success;
        PersonRef? owner = null;
        if (m.Groups["p"].Success && (owner = c.Person(m.Groups["p"])) is null) return null;
        var (o, f) = c.Slice(m.Groups["d"]);
        return BuildTask(c, o, f, owner, requireDate: false, urgent);
    }

    private static Command? BuildTask(Match m, Ctx c, PersonRef? owner, bool requireDate)
    {
        var (o, f) = c.Slice(m.Groups["d"]);
        return BuildTask(c, o, f, owner, requireDate, urgent: false);
    }

    private static Command? BuildTask(Ctx c, string o, string f, PersonRef? owner, bool requireDate, bool urgent)
    {
        if (owner is null)
        {
            if (LeadPerson.Match(f) is { Success: true } lp)
            {
                owner = c.Person(o.Substring(lp.Groups["p"].Index, lp.Groups["p"].Length), lp.Groups["p"].Value);
                (o, f) = (o[lp.Length..], f[lp.Length..]);
            }
            else if (LeadMe.Match(f) is { Success: true } me)
            {
                owner = new PersonRef.Me();
                (o, f) = (o[me.Length..], f[me.Length..]);
            }
        }
        var extraction = DateExtractor.Extract(o, c.Today);
        if (requireDate && extraction is null) return null;
        var description = c.Clean(extraction?.Remainder ?? o);
        if (description.Length == 0 && extraction is null) return null;
        return new AddTaskCommand(owner, description, extraction?.Result, urgent);
    }

    private static Command? FirstPersonDutch(Match m, Ctx c)
    {
        var verb = m.Groups["v"].Value;
        var (o, f) = c.Slice(m.Groups["d"]);
        if (DutchNonTaskVerbs.Contains(verb)) return null;
        var words = f.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[1] is "me" or "mij" or "mezelf") return null;
        if (DutchAuxiliaries.Contains(verb))
        {
            var cut = m.Groups["v"].Length;
            (o, f) = (o[cut..].TrimStart(), f[cut..].TrimStart());
        }
        return BuildTask(c, o, f, new PersonRef.Me(), requireDate: false, urgent: false);
    }

    private static Command? FirstPersonEnglish(Match m, Ctx c)
    {
        var verb = m.Groups["v"].Value;
        if (!m.Groups["aux"].Success && EnglishNonTaskVerbs.Contains(verb)) return null;
        var (o, f) = c.Slice(m.Groups["d"]);
        var words = f.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        return BuildTask(c, o, f, new PersonRef.Me(), requireDate: false, urgent: false);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /// <summary>The longest run of up to seven leading words that reads as a date (valid or impossible), with the end index in the text.</summary>
    internal static (DateParseResult Result, int End)? DatePrefix(string folded, DateOnly today, DateDirection direction)
    {
        var ends = new List<int>();
        var i = 0;
        while (i < folded.Length && ends.Count < 7)
        {
            while (i < folded.Length && folded[i] == ' ') i++;
            if (i >= folded.Length) break;
            while (i < folded.Length && folded[i] != ' ') i++;
            var e = i;
            while (e > 0 && folded[e - 1] is ',' or ';' or ':' or '.' or '!' or '?' or ')') e--;
            ends.Add(e);
        }
        for (var k = ends.Count - 1; k >= 0; k--)
        {
            var dm = DateExpressionParser.Match(folded[..ends[k]], today, direction);
            if (dm.Shape != DateExpressionParser.DateShape.None) return (dm.Result, ends[k]);
        }
        return null;
    }

    /// <summary>"12 december: wachtlijst" → (12 December, "wachtlijst"); "kindveiligheid" → (null, "kindveiligheid").</summary>
    private static (DateParseResult? Date, string? Reason) SplitDateThenReason(Ctx c, string o, string f, DateDirection direction)
    {
        var lead = f.Length - f.TrimStart(' ', ',', ':', ';', '-').Length;
        (o, f) = (o[lead..], f[lead..]);
        if (f.Length == 0) return (null, null);
        if (DatePrefix(f, c.Today, direction) is { } prefix)
        {
            var reasonText = o[prefix.End..];
            var r = ReasonLead.Match(f[prefix.End..]);
            var reason = c.Clean(reasonText[r.Length..]);
            return (prefix.Result with { Text = o[..prefix.End].Trim() }, reason.Length == 0 ? null : reason);
        }
        var rl = ReasonLead.Match(f);
        var only = c.Clean(o[rl.Length..]);
        return (null, only.Length == 0 ? null : only);
    }

    private static string? CleanReason(Ctx c, Group g)
    {
        if (!g.Success) return null;
        var (o, f) = c.Slice(g);
        var r = ReasonLead.Match(f);
        var reason = c.Clean(o[r.Length..]);
        return reason.Length == 0 ? null : reason;
    }

    /// <summary>Drops a lower-case article the user put in front ("de GGD" → "GGD"), keeps a capitalised one ("De Vlinder").</summary>
    private static string StripArticle(string s)
    {
        foreach (var article in new[] { "de ", "het ", "the " })
            if (s.StartsWith(article, StringComparison.Ordinal) && s.Length > article.Length) return s[article.Length..].Trim();
        return s;
    }

    private static string Unquote(string s) => s.Trim().Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', ' ');
}
