namespace CoordinatieBot.Conversation.Parsing;

// ---- forms: the commands --------------------------------------------------------------------------------------------

/// <summary>The forms the bot offers for what has several parts to fill in.</summary>
public enum FormKind
{
    Task,
    Goal,
    Consent,
}

/// <summary>"taak", "nieuwe taak", "doel toevoegen", "add a task", "toestemming" without details: the form to fill in.</summary>
public sealed record ShowFormCommand(FormKind Kind) : Command;

/// <summary>The rules for asking for a form: the command word alone, with or without "toevoegen"/"add" (consent: see MemberRules).</summary>
internal static class FormRules
{
    private const string DutchAdd = @"(\s+(toevoegen|maken|aanmaken|invoeren|invullen|erbij|formulier))?";
    private const string DutchArticle = @"((een|nog\s+een)\s+)?";

    public static readonly Rule[] Forms =
    [
        Rule.Dutch("^" + DutchArticle + @"(nieuwe\s+)?(taak|actie|actiepunt|taakformulier)" + DutchAdd + "$", _ => new ShowFormCommand(FormKind.Task)),
        Rule.Dutch(@"^(voeg|maak)\s+" + DutchArticle + @"(nieuwe\s+)?(taak|actie|actiepunt)\s+(toe|aan)$", _ => new ShowFormCommand(FormKind.Task)),
        Rule.English(@"^((add|new|create)\s+(a\s+|an\s+)?(new\s+)?)?(task|action|action\s+item)(\s+form)?$", _ => new ShowFormCommand(FormKind.Task)),
        Rule.Dutch("^" + DutchArticle + @"(nieuw\s+)?(doel|gezinsdoel|hulpdoel)" + DutchAdd + "$", _ => new ShowFormCommand(FormKind.Goal)),
        Rule.Dutch(@"^(voeg|maak)\s+" + DutchArticle + @"(nieuw\s+)?doel\s+(toe|aan)$", _ => new ShowFormCommand(FormKind.Goal)),
        Rule.English(@"^((add|new|create)\s+(a\s+)?(new\s+)?)?goal(\s+form)?$", _ => new ShowFormCommand(FormKind.Goal)),
    ];
}
