using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Teams.Cards;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Benchmarks.Micro;

/// <summary>CommandParser.Parse: the first thing every message goes through (≈170 rules, tried in order).</summary>
[MemoryDiagnoser]
public class CommandParsing
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly MentionedPerson[] Mentions = [new("Fatima El Amrani", "29:fatima")];

    [Params(
        "<at>CoordinatieBot</at> wie is regisseur?",
        "<at>CoordinatieBot</at> taak: ik bel de school morgen",
        "<at>CoordinatieBot</at> taak voor <at>Fatima El Amrani</at>: aanvraag bijzondere bijstand vóór vrijdag",
        "<at>CoordinatieBot</at> plan",
        "<at>CoordinatieBot</at> 3 klaar",
        "<at>CoordinatieBot</at> dit zegt de bot vast niet")]
    public string Text { get; set; } = "";

    [Benchmark]
    public ParsedCommand Parse() => CommandParser.Parse(Text, Mentions, Today);
}

/// <summary>DateExpressionParser.Parse and DateExtractor.Extract on typical phrasings.</summary>
[MemoryDiagnoser]
public class DateParsing
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Params("morgen", "volgende week dinsdag", "5 december", "over 2 weken", "eind van de maand", "geen datum hier")]
    public string Phrase { get; set; } = "";

    [Benchmark]
    public DateParseResult Parse() => DateExpressionParser.Parse(Phrase, Today);

    [Benchmark]
    public DateExtraction? ExtractFromSentence() => DateExtractor.Extract("ik bel de school " + Phrase, Today);
}

/// <summary>The plan card: build the view's Adaptive Card and serialise it, for a typical and a huge plan.</summary>
[MemoryDiagnoser]
public class PlanCards
{
    private PlanCardView _view = null!;

    [Params("typical", "big")]
    public string Plan { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _view = new PlanCardView((Plan == "big" ? Samples.Big() : Samples.Typical()).State, Samples.Today, Language.Dutch);

    [Benchmark]
    public System.Text.Json.Nodes.JsonObject Build() => PlanCardBuilder.Build(_view);

    [Benchmark]
    public byte[] RenderAndSerialize()
    {
        var activity = OutgoingActivity.Message(Attachment.AdaptiveCard(CardRenderer.Render(_view)));
        return JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Activity);
    }
}

/// <summary>Activity (de)serialisation: the inbound message as Teams posts it, and an outbound text reply.</summary>
[MemoryDiagnoser]
public class ActivityJson
{
    private static readonly byte[] Inbound = Encoding.UTF8.GetBytes("""
        {"type":"message","id":"1732521600000","timestamp":"2026-11-25T08:00:00.000Z","localTimestamp":"2026-11-25T09:00:00.000+01:00",
         "serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams",
         "from":{"id":"29:1abc-piet","name":"Piet de Vries","aadObjectId":"6f6f6f6f-1111-2222-3333-444444444444"},
         "recipient":{"id":"28:00000000-aaaa-bbbb-cccc-000000000000","name":"CoordinatieBot"},
         "conversation":{"id":"19:0123456789abcdef0123456789abcdef@thread.v2","conversationType":"groupChat","tenantId":"72f988bf-0000-0000-0000-2d7cd011db47","isGroup":true},
         "channelData":{"tenant":{"id":"72f988bf-0000-0000-0000-2d7cd011db47"}},"locale":"nl-NL","textFormat":"plain",
         "text":"<at>CoordinatieBot</at> taak: ik bel de school morgen","attachments":[{"contentType":"text/html","content":"<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">CoordinatieBot</span> taak: ik bel de school morgen</div></div>"}],
         "entities":[{"type":"mention","mentioned":{"id":"28:00000000-aaaa-bbbb-cccc-000000000000","name":"CoordinatieBot"},"text":"<at>CoordinatieBot</at>"},
                     {"type":"clientInfo","locale":"nl-NL","country":"NL","platform":"Web","timezone":"Europe/Amsterdam"}]}
        """);

    private static readonly Activity Reply = OutgoingActivity.Message(
        "Taak **7** toegevoegd: ik bel de school, voor **Piet de Vries**, uiterlijk **donderdag 26 november**.", "1732521600000");

    [Benchmark]
    public ActivityReadResult ReadInbound() => ActivityReader.Read(Inbound);

    [Benchmark]
    public byte[] SerializeReply() => JsonSerializer.SerializeToUtf8Bytes(Reply, ProtocolJson.Options.GetTypeInfo(typeof(Activity)));
}

/// <summary>The family state as stored: Brotli-compressed JSON, read on every turn and written on every change.</summary>
[MemoryDiagnoser]
public class FamilyStorage
{
    private FamilyState _state = null!;
    private IReadOnlyList<byte[]> _chunks = null!;

    [Params("typical", "big")]
    public string Plan { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _state = (Plan == "big" ? Samples.Big() : Samples.Typical()).State;
        _chunks = FamilyStateSerializer.Serialize(_state);
    }

    [Benchmark]
    public FamilyState Deserialize() => FamilyStateSerializer.Deserialize(_chunks);

    [Benchmark]
    public IReadOnlyList<byte[]> Serialize() => FamilyStateSerializer.Serialize(_state);
}

/// <summary>Families shaped like tests/CoordinatieBot.Teams.Tests/Cards/CardSamples.cs (Full and Huge).</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly Actor Piet = new("29:piet", "Piet de Vries");
    private static readonly Actor Ahmed = new("29:ahmed", "Ahmed Yilmaz");

    private static Family Started()
    {
        var family = Family.Start("fam-1", "Vlinder", "tenant-1", "19:thread", Piet, Now);
        family.EnsureMember(Ahmed, Now);
        return family;
    }

    public static Family Typical()
    {
        var family = Started();
        family.TakeRegie(Piet, Now);
        family.SetOrganisation(Piet, "Wijkteam Noord", null, Today, Now);
        family.SetLevel(Piet, FamilyLevel.Mpg2, Now);
        family.AddGoal(Piet, "Financiën en schulden", "schulden in kaart en een regeling", "we willen weer rust", Now);
        family.AddGoal(Piet, "Wonen en huishouden", "huurachterstand opgelost", null, Now);
        family.AddGoal(Piet, "Opvoeding en ontwikkeling", "Noor gaat elke dag naar school", "ik wil naar school", Now);
        family.AddStrength(Piet, "moeder is zeer betrokken", Now);
        family.AddWorry(Piet, "energie dreigt te worden afgesloten", Now);
        family.RecordAgreement(Piet, AgreementKind.WithFamily, Today, null, Today, Now);
        family.AddAction(Piet, Ahmed.UserId, "belt de woningcorporatie", Today.AddDays(2), true, Today, Now, out _);
        family.AddAction(Piet, Piet.UserId, "aanvraag bijzondere bijstand", Today.AddDays(10), false, Today, Now, out var second);
        family.AddAction(Piet, Piet.UserId, "verblijfsvergunning", Today.AddDays(1), false, Today, Now, out var third);
        family.AddAction(Piet, Ahmed.UserId, "intake GGZ", Today, false, Today, Now, out var fourth);
        family.MarkInProgress(Piet, second, Now);
        family.MarkWaiting(Piet, third, "IND", Today.AddDays(60), Today, Now);
        family.MarkDone(Ahmed, fourth, Now);
        return family;
    }

    public static Family Big()
    {
        var family = Started();
        for (var i = 0; i < 30; i++)
            family.AddGoal(Piet, "Financiën en schulden", new string('d', 400), new string('w', 400), Now);
        for (var i = 0; i < 200; i++)
            family.AddAction(Piet, i % 2 == 0 ? Piet.UserId : Ahmed.UserId, new string('a', 480), Today.AddDays(i % 30), i % 7 == 0, Today, Now, out _);
        for (var i = 0; i < 20; i++) family.AddStrength(Piet, new string('s', 400), Now);
        return family;
    }
}
