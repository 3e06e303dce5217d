using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// A loopback proxy in front of Azurite that can fail on command: every request, only writes, or only the
/// entity-group transactions ($batch) — storage going down in the middle of a command.
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    public enum Fault { None, Down, Writes, Transactions }

    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private readonly Uri _target;
    private int _failed;

    private StorageProxy(WebApplication app, Uri target)
    {
        _app = app;
        _target = target;
    }

    public volatile Fault Mode;

    /// <summary>Added to every request forwarded: a slow storage account.</summary>
    public TimeSpan Latency { get; set; }

    public int Failed => Volatile.Read(ref _failed);

    private int _requests;

    /// <summary>Requests forwarded (or failed) so far: what a change costs in storage round trips.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public string ConnectionString { get; private set; } = "";

    /// <param name="azuriteConnectionString">The account; the proxy stands in front of one of its services.</param>
    /// <param name="service">"TableEndpoint" or "QueueEndpoint".</param>
    public static async Task<StorageProxy> StartAsync(string azuriteConnectionString, string service = "TableEndpoint")
    {
        var endpoint = azuriteConnectionString.Split(';').Select(p => p.Split('=', 2)).Single(p => p[0] == service)[1];
        var target = new Uri(endpoint);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new StorageProxy(app, target);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        proxy.ConnectionString = azuriteConnectionString.Replace(endpoint, $"http://127.0.0.1:{port}{target.AbsolutePath}");
        return proxy;
    }

    private async Task ForwardAsync(HttpContext http)
    {
        var method = http.Request.Method;
        var write = method is "POST" or "PUT" or "PATCH" or "MERGE" or "DELETE";
        var transaction = http.Request.Path.Value?.EndsWith("$batch", StringComparison.Ordinal) == true;
        Interlocked.Increment(ref _requests);
        var mode = Mode;
        if (mode == Fault.Down || (mode == Fault.Writes && write) || (mode == Fault.Transactions && transaction))
        {
            Interlocked.Increment(ref _failed);
            if (mode == Fault.Down)
            {
                http.Abort(); // as if nothing listens
                return;
            }
            http.Response.StatusCode = 503;
            return;
        }

        if (Latency > TimeSpan.Zero) await Task.Delay(Latency);
        var uri = new Uri($"{_target.Scheme}://{_target.Authority}{http.Request.Path}{http.Request.QueryString}");
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        if (body.Length > 0 || write) request.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in http.Request.Headers)
        {
            if (name is "Host" or "Content-Length" or "Transfer-Encoding") continue;
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray())) request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
        }
        using var response = await _upstream.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        http.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name is "Transfer-Encoding" or "Content-Length") continue;
            http.Response.Headers[name] = values.ToArray();
        }
        await response.Content.CopyToAsync(http.Response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
