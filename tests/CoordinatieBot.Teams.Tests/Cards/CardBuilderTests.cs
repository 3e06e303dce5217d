using System.Text;
using System.Text.Json.Nodes;
using CoordinatieBot.Teams.Cards;

namespace CoordinatieBot.Teams.Tests.Cards;

public class CardBuilderTests
{
    /// <summary>Teams' safe budget for a bot message; the real limit is about 100 KB.</summary>
    private const int CardBudgetBytes = 28 * 1024;
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly HashSet<string> KnownTypes =
    [
        "AdaptiveCard", "TextBlock", "RichTextBlock", "TextRun", "Container", "ColumnSet", "Column", "FactSet", "ActionSet",
        "Action.Execute", "Action.ShowCard", "Action.Submit", "Input.Text", "Input.Date", "Input.ChoiceSet", "Input.Toggle", "Data.Query",
    ];

    public static TheoryData<string> CardNames() => [.. CardSamples.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_card_is_version_1_5_uses_known_elements_and_fits_the_budget(string name)
    {
        var card = Render(name);
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        // An Action.Submit's data.msteams.type ("task/fetch": it opens a dialog) is Teams' word, not a card element.
        static bool IsTeams(JsonObject o) => o.Parent is JsonObject && o.GetPropertyName() == "msteams";
        foreach (var type in Walk(card).OfType<JsonObject>().Where(o => !IsTeams(o)).Select(o => o["type"]?.GetValue<string>()).OfType<string>())
            Assert.Contains(type, KnownTypes);
        foreach (var teams in Walk(card).OfType<JsonObject>().Where(o => IsTeams(o) && o["type"] is not null))
            Assert.Equal("task/fetch", teams["type"]!.GetValue<string>());
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) < CardBudgetBytes, $"{name} is {Encoding.UTF8.GetByteCount(card.ToJsonString())} bytes");
        var ids = Walk(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.") == true).Select(o => o["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Hostile_user_text_adds_no_element_or_action_and_is_never_markdown()
    {
        var card = Render("plan-hostile");
        Assert.DoesNotContain(Walk(card), n => n is JsonObject o && o["type"]?.GetValue<string>() == "Action.OpenUrl");
        // User text appears only as TextRun text, which renders literally.
        foreach (var block in Walk(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "TextBlock"))
            Assert.DoesNotContain("evil.example", block["text"]!.GetValue<string>());
        Assert.Contains(Walk(card), n => n is JsonObject o && o["type"]?.GetValue<string>() == "TextRun" && o["text"]!.GetValue<string>().Contains("[klik hier](https://evil.example)"));
    }

    [Fact]
    public void A_huge_plan_shows_the_first_actions_and_a_count()
    {
        var json = Render("plan-huge").ToJsonString(Readable);
        Assert.Contains("Open taken (200)", json);
        Assert.Contains($"+ {200 - PlanCardBuilder.MaxActionsShown} open taken meer", json);
    }

    [Fact]
    public void Overdue_actions_are_marked_and_listed_first()
    {
        var card = Render("plan-overdue");
        var runs = Walk(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "TextRun").Select(o => o["text"]!.GetValue<string>()).ToList();
        Assert.Contains("te laat · ", runs);
        Assert.Contains(Walk(card), n => n is JsonObject o && o["color"]?.GetValue<string>() == "Attention");
    }

    [Fact]
    public void A_waiting_action_before_its_date_is_not_overdue()
    {
        var json = Render("plan-full").ToJsonString(Readable);
        Assert.Contains("wacht op IND", json);
        Assert.DoesNotContain("te laat", json);
    }

    [Fact]
    public void The_procesmanager_card_carries_no_goals_family_words_or_worries()
    {
        var json = Render("escalation-procesmanager").ToJsonString(Readable);
        foreach (var content in new[] { "schulden in kaart", "we willen weer rust", "ik wil naar school", "energie dreigt", "moeder is zeer betrokken" })
            Assert.DoesNotContain(content, json);
        Assert.Contains("Vlinder", json);
        Assert.Contains("Wijkteam Noord", json);
        Assert.Contains("esc.deadline", json);
    }

    [Fact]
    public void Hostile_text_on_the_procesmanager_card_stays_text()
    {
        var card = Render("escalation-hostile");
        Assert.DoesNotContain(Walk(card), n => n is JsonObject o && o["type"]?.GetValue<string>() == "Action.OpenUrl");
    }

    [Fact]
    public void An_outcome_on_a_card_shows_no_Markdown_marks()
    {
        var json = Render("nudge-done").ToJsonString(Readable);
        Assert.Contains("Top, taak 1 is gedaan", json);
        Assert.DoesNotContain("**", json);
        Assert.Null(Render("nudge-done")["actions"]);
    }

    [Fact]
    public void The_task_form_has_the_people_picker_a_required_date_and_sends_with_a_universal_action_in_chat_and_a_submit_in_a_dialog()
    {
        var card = Render("form-task");
        var picker = Walk(card).OfType<JsonObject>().Single(o => o["id"]?.GetValue<string>() == "owner");
        Assert.Equal("Data.Query", picker["choices.data"]!["type"]!.GetValue<string>());
        Assert.Equal("graph.microsoft.com/users?scope=currentContext", picker["choices.data"]!["dataset"]!.GetValue<string>());
        Assert.Contains(picker["choices"]!.AsArray(), c => c!["title"]!.GetValue<string>().StartsWith("Ahmed Yilmaz", StringComparison.Ordinal));
        Assert.True(Walk(card).OfType<JsonObject>().Single(o => o["id"]?.GetValue<string>() == "due")["isRequired"]!.GetValue<bool>());
        Assert.Equal("form.task", card["actions"]![0]!["verb"]!.GetValue<string>());

        var back = Render("form-task-back").ToJsonString(Readable);
        Assert.Contains("woningcorporatie bellen over de huur", back);
        Assert.Contains("\"value\":\"29:ahmed\"", back); // the picked person stays picked

        var dialog = FormCardBuilder.Build(CardSamples.Forms().First(f => f.Name == "form-task").View, inDialog: true);
        Assert.Equal("Action.Submit", dialog["actions"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("f-1", dialog["actions"]![0]!["data"]!["form"]!.GetValue<string>());
    }

    [Fact]
    public void The_plan_card_has_its_own_task_form_named_after_the_next_task()
    {
        var card = Render("plan-full");
        var show = Walk(card).OfType<JsonObject>().Single(o => o["type"]?.GetValue<string>() == "Action.ShowCard" && o["title"]!.GetValue<string>() == "Taak toevoegen");
        var add = Walk(show).OfType<JsonObject>().Single(o => o["verb"]?.GetValue<string>() == "form.task");
        Assert.Equal("plan", add["data"]!["card"]!.GetValue<string>());
        Assert.StartsWith("plan-", add["data"]!["form"]!.GetValue<string>());
        Assert.Null(Walk(Render("plan-hostile")).OfType<JsonObject>().FirstOrDefault(o => o["type"]?.GetValue<string>() == "Input.Toggle" && o["id"]?.GetValue<string>() != "urgent"));
    }

    [Fact]
    public void Only_the_receivers_view_of_a_proposed_handover_has_buttons()
    {
        Assert.Equal(["regie.accept", "regie.decline"], Verbs(Render("handover-proposed-receiver")).Order());
        Assert.Null(Render("handover-proposed")["actions"]);
        Assert.Null(Render("handover-proposed-other")["actions"]);
        Assert.Null(Render("handover-accepted")["actions"]);
        Assert.Null(Render("handover-declined")["actions"]);
    }

    [Fact]
    public void The_shared_handover_card_shows_the_status_and_is_refreshed_for_the_receiver_alone()
    {
        var shared = Render("handover-proposed");
        Assert.DoesNotContain("regie.accept", shared.ToJsonString());
        Assert.Contains("Wacht op het antwoord van", shared.ToJsonString(Readable));
        foreach (var card in new[] { shared, Render("handover-proposed-receiver") })
        {
            var refresh = card["refresh"]!;
            Assert.Equal(["29:fatima"], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
            Assert.Equal("Action.Execute", refresh["action"]!["type"]!.GetValue<string>());
            Assert.Equal("regie.view", refresh["action"]!["verb"]!.GetValue<string>());
            Assert.Equal("fam-1", refresh["action"]!["data"]!["familyId"]!.GetValue<string>());
            Assert.Equal("29:fatima", refresh["action"]!["data"]!["to"]!.GetValue<string>());
            Assert.Equal("29:piet", refresh["action"]!["data"]!["from"]!.GetValue<string>());
        }
        Assert.Null(Render("handover-accepted")["refresh"]);
    }

    [Fact]
    public void The_plan_card_is_refreshed_for_its_active_members_up_to_sixty()
    {
        var refresh = Render("plan-full")["refresh"]!;
        Assert.Equal("plan.refresh", refresh["action"]!["verb"]!.GetValue<string>());
        var members = CardSamples.All().Single(c => c.Name == "plan-full").View is Conversation.Views.PlanCardView v ? v.Family.Members.Where(m => m.Active).Select(m => m.UserId).ToList() : [];
        Assert.Contains("29:ahmed", members);
        Assert.Equal(members, refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));

        Assert.Equal(60, CardRenderer.Render(new Conversation.Views.PlanCardView(CardSamples.Crowded(60).State, CardSamples.Today, Conversation.Parsing.Language.Dutch))["refresh"]!["userIds"]!.AsArray().Count);
        var crowded = Render("plan-crowded")["refresh"]!;
        Assert.Empty(crowded["userIds"]!.AsArray()); // 61: nobody automatically, anyone from the message menu
        Assert.Equal("plan.refresh", crowded["action"]!["verb"]!.GetValue<string>());

        // Long ids on the biggest plan would pass the size budget: then nobody automatically either (the card still fits).
        Assert.Empty(Render("plan-huge-crowded")["refresh"]!["userIds"]!.AsArray());
        Assert.Equal(60, CardRenderer.Render(new Conversation.Views.PlanCardView(CardSamples.Crowded(60, id: CardSamples.LongId).State, CardSamples.Today, Conversation.Parsing.Language.Dutch))["refresh"]!["userIds"]!.AsArray().Count);
    }

    [Fact]
    public void The_shared_plan_card_keeps_every_button_and_a_viewers_view_only_those_on_their_own_tasks()
    {
        // Sample family Full: open tasks 1 (Ahmed's), 2 and 3 (Piet's, the regisseur); 4 (Ahmed's) is done.
        Assert.Equal([1, 2, 3], TasksWith(Render("plan-full"), "action.done"));
        Assert.Equal([1, 2, 3], TasksWith(Render("plan-full"), "action.waiting"));

        var ahmed = Render("plan-full-viewer");
        Assert.Equal([1], TasksWith(ahmed, "action.done"));
        Assert.Equal([1], TasksWith(ahmed, "action.inProgress"));
        Assert.Equal([1], TasksWith(ahmed, "action.notPossible"));
        var accented = Walk(ahmed).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "Container" && o["style"]?.GetValue<string>() == "accent").ToList();
        var mine = Assert.Single(accented);
        Assert.Contains("jouw taak", mine.ToJsonString());
        Assert.Contains("belt de woningcorporatie", mine.ToJsonString());
        Assert.Contains("Jouw open taken: 1", ahmed.ToJsonString(Readable));
        Assert.Contains(Walk(ahmed).OfType<JsonObject>(), o => o["type"]?.GetValue<string>() == "Action.ShowCard" && o["title"]!.GetValue<string>() == "Taak toevoegen");
        Assert.Equal("plan.refresh", ahmed["refresh"]!["action"]!["verb"]!.GetValue<string>()); // the answer to a refresh keeps the refresh

        Assert.Equal([1, 2, 3], TasksWith(Render("plan-full-regisseur"), "action.done")); // any member may, the regisseur sees them all
        Assert.Empty(TasksWith(Render("plan-full-outsider"), "action.done")); // not a member: a press would be refused
        Assert.DoesNotContain("accent", Render("plan-full").ToJsonString());
    }

    private static List<int> TasksWith(JsonObject card, string verb) =>
        [.. Walk(card).OfType<JsonObject>().Where(o => o["verb"]?.GetValue<string>() == verb).Select(o => int.Parse(o["data"]!["action"]!.GetValue<string>())).Distinct().Order()];

    private static IEnumerable<string> Verbs(JsonObject card) =>
        Walk(card["actions"]).OfType<JsonObject>().Select(o => o["verb"]?.GetValue<string>()).OfType<string>();

    /// <summary>Writes every card to artifacts/cards for the official adaptivecards parser and the screenshots (tests/cards).</summary>
    [Fact]
    public void Every_card_is_written_for_the_JavaScript_checks()
    {
        var folder = Path.Combine(RepoRoot(), "artifacts", "cards");
        Directory.CreateDirectory(folder);
        var indented = new System.Text.Json.JsonSerializerOptions { WriteIndented = true };
        foreach (var (name, view) in CardSamples.All())
            File.WriteAllText(Path.Combine(folder, name + ".json"), CardRenderer.Render(view).ToJsonString(indented));
        // The task form as the message extension's dialog shows it (Action.Submit: a dialog runs no Universal Actions).
        var dialog = CardSamples.Forms().First(f => f.Name == "form-task-back").View with { Notice = null };
        File.WriteAllText(Path.Combine(folder, "dialog-task.json"), FormCardBuilder.Build(dialog, inDialog: true).ToJsonString(indented));
        Assert.True(Directory.GetFiles(folder, "*.json").Length >= CardSamples.All().Count());
    }

    private static JsonObject Render(string name) => CardRenderer.Render(CardSamples.All().Single(c => c.Name == name).View);

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        if (node is JsonObject o)
            foreach (var (_, child) in o) foreach (var n in Walk(child)) yield return n;
        if (node is JsonArray a)
            foreach (var child in a) foreach (var n in Walk(child)) yield return n;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoordinatieBot.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
