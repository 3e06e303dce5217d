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
        foreach (var type in Walk(card).OfType<JsonObject>().Select(o => o["type"]?.GetValue<string>()).OfType<string>())
            Assert.Contains(type, KnownTypes);
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
    public void Only_the_proposed_handover_has_buttons()
    {
        Assert.NotNull(Render("handover-proposed")["actions"]);
        Assert.Null(Render("handover-accepted")["actions"]);
        Assert.Null(Render("handover-declined")["actions"]);
    }

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
