namespace CoordinatieBot.Conversation.Parsing;

/// <summary>For messages whose command words are shared ("plan", "todo:", "@Ahmed …"): counts typical Dutch and English words. Dutch unless English clearly wins.</summary>
internal static class LanguageGuesser
{
    private static readonly HashSet<string> English =
    [
        "the", "to", "for", "and", "call", "calls", "will", "i", "i'll", "i'm", "my", "with", "by", "before", "on", "send", "check",
        "ask", "make", "meeting", "tomorrow", "today", "next", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
        "of", "a", "about", "what", "who", "show", "family", "until", "in", "days", "weeks",
    ];

    private static readonly HashSet<string> Dutch =
    [
        "de", "het", "een", "en", "voor", "met", "naar", "op", "van", "bij", "ik", "bel", "belt", "bellen", "morgen", "vandaag",
        "volgende", "niet", "wel", "maken", "aanvragen", "sturen", "gesprek", "gezin", "uiterlijk", "tot", "over", "maandag",
        "dinsdag", "woensdag", "donderdag", "vrijdag", "wat", "wie", "school", "graag", "dagen", "weken", "om", "te", "aan",
    ];

    public static Language Guess(string folded)
    {
        int en = 0, nl = 0;
        foreach (var raw in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(',', '.', ':', ';', '!', '?', '(', ')', '"');
            if (English.Contains(w)) en++;
            if (Dutch.Contains(w)) nl++;
        }
        return en > nl ? Language.English : Language.Dutch;
    }
}
