using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;

// The floor of any bot on this machine: a bare ASP.NET Core endpoint that parses the activity, answers 200 at
// once and posts one reply to the activity's serviceUrl from a background queue (the same shape as
// CoordinatieBot: 200 first, reply later), with no auth, storage, parsing of commands or logging.
// Usage: ASPNETCORE_URLS=http://127.0.0.1:PORT dotnet BareBot.dll
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BareJson.Default));

var queue = Channel.CreateBounded<InboundActivity>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });
var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
var json = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

var app = builder.Build();
app.MapPost("/api/messages", async (HttpContext ctx) =>
{
    InboundActivity? activity;
    try
    {
        activity = await JsonSerializer.DeserializeAsync(ctx.Request.Body, BareJson.Default.InboundActivity, ctx.RequestAborted);
    }
    catch (JsonException)
    {
        return Results.BadRequest();
    }
    if (activity is not { Type: "message", ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 }) return Results.BadRequest();
    return queue.Writer.TryWrite(activity) ? Results.Ok() : Results.StatusCode(503);
});

// Same parallelism as CoordinatieBot's TurnQueueWorker.
for (var i = 0; i < 32; i++)
{
    _ = Task.Run(async () =>
    {
        await foreach (var a in queue.Reader.ReadAllAsync())
        {
            try
            {
                var reply = new OutboundActivity("message", $"Echo: {a.Text}", "markdown", a.Id);
                var path = $"{a.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(a.Conversation!.Id!)}/activities" +
                           (a.Id is { Length: > 0 } id ? "/" + Uri.EscapeDataString(id) : "");
                var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(reply, BareJson.Default.OutboundActivity));
                content.Headers.ContentType = json;
                using var response = await http.PostAsync(path, content);
                await response.Content.ReadAsByteArrayAsync();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"reply failed: {e.GetType().Name}: {e.Message}");
            }
        }
    });
}

app.Run();

internal sealed record ConversationRef(string? Id, string? ConversationType, string? TenantId);

internal sealed record AccountRef(string? Id, string? Name);

internal sealed record InboundActivity(string? Type, string? Id, string? ServiceUrl, string? ChannelId, AccountRef? From,
    AccountRef? Recipient, ConversationRef? Conversation, string? Text, string? Locale, JsonElement? ChannelData, JsonElement? Entities);

internal sealed record OutboundActivity(string Type, string Text, string TextFormat, string? ReplyToId);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InboundActivity))]
[JsonSerializable(typeof(OutboundActivity))]
internal sealed partial class BareJson : JsonSerializerContext;
