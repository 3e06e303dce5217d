using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Absence with a vervanger: what the absent person, the vervanger and the thread read.</summary>
public static partial class Messages
{
    public static string AbsenceRecorded(Language l, FamilyState f, Absence a) => a.CoverUserId is { } cover
        ? Pick(l, $"Vastgelegd: je bent afwezig tot {DutchDates.Long(a.BackOn, l)}. Tot dan gaan herinneringen en vragen voor jou naar {Person(f, cover)}, die ziet dat het om jouw taken gaat. Daarna gaat alles vanzelf weer naar jou; eerder terug? Zeg **ik ben terug**.",
            $"Recorded: you are away until {DutchDates.Long(a.BackOn, l)}. Until then reminders and questions for you go to {Person(f, cover)}, who sees they are standing in for you. After that everything goes to you again by itself; back earlier? Say **I'm back**.")
        : AbsenceWithoutCover(l, f, a);

    private static string AbsenceWithoutCover(Language l, FamilyState f, Absence a) => f.Regisseur is { } r && r.UserId != a.UserId
        ? Pick(l, $"Vastgelegd: je bent afwezig tot {DutchDates.Long(a.BackOn, l)}, zonder vervanger. Herinneringen voor jou gaan in die tijd naar de regisseur, {Person(f, r.UserId)}. Wil je toch een vervanger? Zeg **ik ben afwezig tot** … **, vervanger** @naam.",
            $"Recorded: you are away until {DutchDates.Long(a.BackOn, l)}, without cover. Reminders for you go to the regisseur, {Person(f, r.UserId)}, in the meantime. Want cover after all? Say **I'm away until** … **, cover** @name.")
        : Pick(l, $"Vastgelegd: je bent afwezig tot {DutchDates.Long(a.BackOn, l)}. Er is geen vervanger en geen andere regisseur, dus herinneringen blijven naar jou gaan. Noem een vervanger met **ik ben afwezig tot** … **, vervanger** @naam.",
            $"Recorded: you are away until {DutchDates.Long(a.BackOn, l)}. There is no cover and no other regisseur, so reminders keep coming to you. Name a cover with **I'm away until** … **, cover** @name.");

    /// <summary>Said in the 1:1 chat: for which families it was recorded, and where the vervanger is no member (privacy).</summary>
    public static string AbsenceRecordedInFamilies(Language l, DateOnly backOn, string? coverName, IReadOnlyList<string> recorded, IReadOnlyList<string> coverNoMember)
    {
        var list = string.Join(", ", recorded.Select(a => $"**{UserText.Escape(a)}**"));
        var missing = string.Join(", ", coverNoMember.Select(a => $"**{UserText.Escape(a)}**"));
        var text = recorded.Count == 0
            ? Pick(l, "Ik heb je afwezigheid nog nergens vastgelegd.", "I haven't recorded your absence anywhere yet.")
            : coverName is null
                ? Pick(l, $"Vastgelegd: je bent afwezig tot {DutchDates.Long(backOn, l)} bij gezin {list}, zonder vervanger: herinneringen voor jou gaan naar de regisseur.",
                    $"Recorded: you are away until {DutchDates.Long(backOn, l)} for family {list}, without cover: reminders for you go to the regisseur.")
                : Pick(l, $"Vastgelegd: je bent afwezig tot {DutchDates.Long(backOn, l)} bij gezin {list}. Daar neemt **{UserText.Escape(coverName)}** je herinneringen en vragen waar.",
                    $"Recorded: you are away until {DutchDates.Long(backOn, l)} for family {list}. There **{UserText.Escape(coverName)}** takes your reminders and questions.");
        if (coverNoMember.Count > 0)
            text += "\n\n" + Pick(l,
                $"**{UserText.Escape(coverName ?? "?")}** is geen deelnemer van gezin {missing}, en alleen deelnemers zien een plan. Wie vervangt je daar? Zeg het in de chat van dat gezin: **ik ben afwezig tot** … **, vervanger** @naam. Tot dan gaan herinneringen daar naar de regisseur.",
                $"**{UserText.Escape(coverName ?? "?")}** is not a member of family {missing}, and only members see a plan. Who covers for you there? Say it in that family's chat: **I'm away until** … **, cover** @name. Until then reminders there go to the regisseur.");
        return text;
    }

    public static string NoFamiliesForAbsence(Language l) => Pick(l,
        "Je bent nog geen deelnemer van een gezin, dus er is niets om waar te nemen.",
        "You are not a member of any family yet, so there is nothing to cover.");

    public static string AbsenceNeedsMention(Language l) => Pick(l,
        "Wie is je vervanger? Noem die met een @vermelding, bijvoorbeeld: **ik ben afwezig tot** 1 april, **vervanger** @naam.",
        "Who is your cover? Mention them with an @mention, for example: **I'm away until** 1 April, **cover** @name.");

    public static string AbsenceWhen(Language l) => Pick(l,
        "Tot wanneer ben je afwezig? Bijvoorbeeld: **ik ben afwezig tot** 1 april, **vervanger** @naam.",
        "Until when are you away? For example: **I'm away until** 1 April, **cover** @name.");

    public static string WelcomeBack(Language l, int families) => families == 0
        ? Pick(l, "Er stond geen afwezigheid voor je. Fijn dat je er bent!", "There was no absence recorded for you. Good to have you here!")
        : Pick(l, "Welkom terug! Herinneringen en vragen komen weer bij jou.", "Welcome back! Reminders and questions come to you again.");

    /// <summary>Above what the vervanger receives: "Je vervangt Piet tot 1 april 2027:".</summary>
    public static string StandingIn(Language l, FamilyState f, Absence a) => Pick(l,
        $"Je vervangt {Name(f, a.UserId)} tot {DutchDates.Long(a.BackOn, l)} bij gezin **{UserText.Escape(f.Alias)}**:",
        $"You are covering for {Name(f, a.UserId)} until {DutchDates.Long(a.BackOn, l)} for family **{UserText.Escape(f.Alias)}**:");

    /// <summary>On the plan card (a literal line, not Markdown): "Piet de Vries afwezig tot 1 april 2027, vervanger Sanne Jansen".</summary>
    public static string AbsenceOnPlan(Language l, FamilyState f, Absence a)
    {
        string Raw(string id) => f.FindMember(id)?.Name ?? "?";
        return a.CoverUserId is { } cover
            ? Pick(l, $"{Raw(a.UserId)} afwezig tot {DutchDates.Long(a.BackOn, l)}, vervanger {Raw(cover)}", $"{Raw(a.UserId)} away until {DutchDates.Long(a.BackOn, l)}, cover {Raw(cover)}")
            : Pick(l, $"{Raw(a.UserId)} afwezig tot {DutchDates.Long(a.BackOn, l)}, geen vervanger", $"{Raw(a.UserId)} away until {DutchDates.Long(a.BackOn, l)}, no cover");
    }
}
