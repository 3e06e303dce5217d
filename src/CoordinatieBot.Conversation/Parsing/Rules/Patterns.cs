namespace CoordinatieBot.Conversation.Parsing;

/// <summary>Pattern pieces several concepts' rules share (they match folded text: lower case, no diacritics).</summary>
internal static class Patterns
{
    /// <summary>A task number: "3", "#3", "taak 3", "task #3", "nr. 3".</summary>
    public const string TaskNumber = @"((taak|actie|actiepunt|task|action|item|nr|nummer|number)\.?\s*)?#?\s*(?<number>[0-9]{1,4})";

    /// <summary>A mention token ("@@m0", see <see cref="InputNormalizer"/>) or a plain "@Name".</summary>
    public const string Mention = @"@@m[0-9]{1,3}|@[^\s,:;]+";

    /// <summary>A person: a mention token, a plain "@Name", or one to four words (a name after "aan"/"to").</summary>
    public const string Person = @"(?<person>" + Mention + @"|[\p{L}][\p{L}'.-]*(\s+[\p{L}][\p{L}'.-]*){0,3})";

    /// <summary>A reason after a person: needs punctuation or a reason word ("omdat", "because"), so names are not cut short.</summary>
    public const string ReasonAfterPerson =
        @"(\s*[,:;-]\s*((omdat|want|reden|because|reason)\s*:?\s*)?|\s+(omdat|want|wegens|vanwege|reden:?|because|since|as|due\s+to|reason:?)\s+)(?<reason>.+)";

    /// <summary>A reason after a fixed phrase: punctuation, a reason word, or just a space.</summary>
    public const string ReasonAfterPhrase =
        @"(\s*[,:;-]\s*((omdat|want|reden|because|reason)\s*:?\s*)?|\s+((omdat|want|wegens|vanwege|door|reden:?|because|since|as|due\s+to|reason:?)\s+)?)(?<reason>.+)";

    /// <summary>The end of a keyword: end of text, space or punctuation.</summary>
    public const string KeywordEnd = @"(?=$|[\s:,;.!?-])";

    /// <summary>What may follow a keyword and be read by the builder: nothing, or a space or punctuation and then anything.</summary>
    public static string Tail(string group) => "(?<" + group + @">[\s:,;.-].*)?";
}
