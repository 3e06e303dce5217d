using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>The family's language: "het gezin spreekt Engels".</summary>
public static partial class Messages
{
    /// <summary>"Engels"/"Nederlands" in Dutch, "English"/"Dutch" in English.</summary>
    public static string LanguageName(Language l, FamilyLanguage language) => language == FamilyLanguage.English
        ? Pick(l, "Engels", "English")
        : Pick(l, "Nederlands", "Dutch");

    /// <summary>The language the family reads, as the language of their own version of the plan.</summary>
    public static Language ReadingLanguage(FamilyLanguage language) => language == FamilyLanguage.English ? Language.English : Language.Dutch;

    public static string FamilyLanguageSet(Language l, FamilyLanguage language) => Pick(l,
        $"Genoteerd: het gezin spreekt {LanguageName(l, language)}. Het plan voor het gezin (**plan voor het gezin**) staat vanaf nu in het {LanguageName(l, language)}; op de pagina kun je nog een andere taal kiezen.",
        $"Noted: the family speaks {LanguageName(l, language)}. The family's plan (**plan for the family**) is in {LanguageName(l, language)} from now on; you can still pick another language on the page.");

    public static string FamilyLanguageAlready(Language l, FamilyLanguage language) => Pick(l,
        $"Dat stond al zo: het gezin spreekt {LanguageName(l, language)}. Er verandert niets.",
        $"That was already set: the family speaks {LanguageName(l, language)}. Nothing changes.");
}
