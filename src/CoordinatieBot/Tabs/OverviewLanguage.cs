using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Tabs;

/// <summary>The tab's language from <c>?lang=</c> or the Teams locale ("en", "en-us"): English, else Dutch.</summary>
public static class OverviewLanguage
{
    public static Language Of(string? code) =>
        code is not null && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Dutch;

    public static string Code(Language l) => l == Language.English ? "en" : "nl";
}
