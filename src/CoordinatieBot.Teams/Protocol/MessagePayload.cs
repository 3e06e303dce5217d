using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoordinatieBot.Teams.Protocol;

/// <summary>
/// The message a message action was started on (<c>value.messagePayload</c> of a composeExtension invoke): its body as
/// plain text, with each mentioned person kept as <c>&lt;at&gt;Name&lt;/at&gt;</c> (as in a message activity) and other
/// mentions (apps, bots) left out. A mentioned person's id here is their Entra object id.
/// </summary>
public sealed partial record MessagePayload(string Text, IReadOnlyList<(string Name, string AadObjectId)> Mentions)
{
    public const int MaxText = 4000;

    public static MessagePayload? Read(JsonElement value)
    {
        if (!value.TryGetProperty("messagePayload", out var payload) || payload.ValueKind != JsonValueKind.Object) return null;
        var people = new Dictionary<string, (string Name, string Id)>(StringComparer.Ordinal);
        if (payload.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array)
        {
            foreach (var mention in mentions.EnumerateArray().Take(20))
            {
                if (mention.ValueKind != JsonValueKind.Object || !mention.TryGetProperty("id", out var idElement)) continue;
                if (mention.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object &&
                    mentioned.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object &&
                    String(user, "id") is { Length: > 0 } userId)
                    people[idElement.GetRawText().Trim('"')] = (String(mention, "mentionText") ?? String(user, "displayName") ?? "?", userId);
            }
        }
        var body = payload.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
        var content = body.ValueKind == JsonValueKind.Object ? String(body, "content") ?? "" : "";
        if (content.Length > MaxText * 4) content = content[..(MaxText * 4)];
        var html = body.ValueKind != JsonValueKind.Object || !string.Equals(String(body, "contentType"), "text", StringComparison.OrdinalIgnoreCase);
        var text = html ? FromHtml(content, people) : content;
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length > MaxText) text = text[..MaxText];
        return new MessagePayload(text, [.. people.Values.DistinctBy(p => p.Id).Select(p => (p.Name, p.Id))]);
    }

    private static string FromHtml(string html, Dictionary<string, (string Name, string Id)> people)
    {
        // A mentioned person's name goes back in after the tags are gone and the entities decoded, so it stays as written.
        var text = AtTag().Replace(html.Replace('\u0001', ' ').Replace('\u0002', ' '),
            m => people.ContainsKey(m.Groups["id"].Value) ? $"\u0001{m.Groups["id"].Value}\u0002" : " ");
        text = Break().Replace(text, " ");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        return Placeholder().Replace(text, m => people.TryGetValue(m.Groups["id"].Value, out var person) ? $"<at>{person.Name}</at>" : "");
    }

    private static string? String(JsonElement o, string name) =>
        o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    [GeneratedRegex(@"<at\b[^>]*\bid=""?(?<id>[^"" >]+)""?[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"<(br|/p|/div|/li)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\u0001(?<id>[^\u0002]*)\u0002")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
