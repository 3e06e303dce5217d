using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using CoordinatieBot.Samples;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Teams.Cards;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Benchmarks.Micro;

/// <summary>CommandParser.Parse: the first thing every message goes through (≈180 rules in order; then without filler; then the matcher).</summary>
[MemoryDiagnoser]
public class CommandParsing
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly MentionedPerson[] Mentions = [new(Persona.Fatima.Name, Persona.Fatima.Id)];

    [Params(
        "<at>CoordinatieBot</at> wie is regisseur?",
        "<at>CoordinatieBot</at> taak: ik bel de school morgen",
        "<at>CoordinatieBot</at> taak voor <at>Fatima El Amrani</at>: aanvraag bijzondere bijstand vóór vrijdag",
        "<at>CoordinatieBot</at> plan",
        "<at>CoordinatieBot</at> 3 klaar",
        "<at>CoordinatieBot</at> dit zegt de bot vast niet",
        "<at>CoordinatieBot</at> wie heeft eigenlijk de regie over dit gezin?",
        "<at>CoordinatieBot</at> <at>Fatima El Amrani</at> zou je de schuldhulp aanmelding willen regelen?",
        "<at>CoordinatieBot</at> school is gebeld",
        "<at>CoordinatieBot</at> 5 is gedaan hoor")]
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
    public void Setup() => _view = new PlanCardView((Plan == "big" ? SampleFamilies.Huge() : SampleFamilies.Full()).State, SampleFamilies.Today, Language.Dutch);

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
        _state = (Plan == "big" ? SampleFamilies.Huge() : SampleFamilies.Full()).State;
        _chunks = FamilyStateSerializer.Serialize(_state);
    }

    [Benchmark]
    public FamilyState Deserialize() => FamilyStateSerializer.Deserialize(_chunks);

    [Benchmark]
    public IReadOnlyList<byte[]> Serialize() => FamilyStateSerializer.Serialize(_state);
}
