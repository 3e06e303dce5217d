using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// A task's title is what is to be done, not the request around it: "kun jij de woningcorporatie bellen?" →
/// "woningcorporatie bellen", "zou je de aanvraag willen regelen" → "aanvraag regelen", "could you please call the
/// school?" → "call the school". Only the asking is taken off; what the person wrote to be done stays as written.
/// </summary>
public static partial class TaskTitle
{
    public static string FromRequest(string description)
    {
        var title = Spaces().Replace(Filler().Replace(description, " "), " ").Trim();
        // "bel jij de ggd", "jij belt de leerplicht, toch?": the request as written, without the "jij".
        title = InvertedRequest().Replace(title, "${verb} ");
        title = LeadingYou().Replace(title, "");
        title = TrailingTag().Replace(title, "");
        var request = Request().Match(title);
        if (!request.Success) return title.Length == 0 ? description.Trim() : title;
        title = request.Groups["rest"].Value;
        // "… willen/kunnen regelen": the auxiliary of the request goes, the verb stays.
        title = Auxiliary().Replace(title, " ");
        title = TrailingPoliteness().Replace(title, "");
        title = LeadingArticle().Replace(title, "");
        return title.Length == 0 ? description.Trim() : title;
    }

    // The asking: a modal and "jij/je/u/you" first, then filler words that say nothing about the task.
    [GeneratedRegex(@"^(?:(?:kun|kunt|kan|zou|zoudt|wil|wilt|ga|mag)\s+(?:jij|je|u)|(?:could|can|would|will)\s+you|please)\s+(?:(?:misschien|even|eventjes|ff|nog|alsjeblieft|alsjeblief|aub|svp|graag|please|maybe|also|ook)\s+)*(?<rest>.+?)[\s?!.]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Request();

    [GeneratedRegex(@"\s+(?:willen|kunnen|gaan|even|ff)\s+(?=\S+$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"(?:[\s,]+(?:alsjeblieft|alsjeblief|aub|svp|graag|please|voor\s+mij|for\s+me))+[\s?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TrailingPoliteness();

    [GeneratedRegex(@"(?<=^|\s)(?:ff|even|eventjes|eigenlijk|gewoon)(?=$|\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<verb>(?!kun|kunt|kan|zou|zoudt|wil|wilt|ga|mag)\p{L}+)\s+(?:jij|je)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex InvertedRequest();

    [GeneratedRegex(@"^(?:jij|graag)\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LeadingYou();

    [GeneratedRegex(@"[\s,]+(?:toch|he|hè|ok)[\s?!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TrailingTag();

    [GeneratedRegex(@"^(?:de|het|een)\s+(?=\S+\s+\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LeadingArticle();
}
