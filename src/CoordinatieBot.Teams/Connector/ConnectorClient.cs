using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoordinatieBot.Teams.Protocol;
using CoordinatieBot.Teams.Telemetry;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Connector;

/// <summary>Bot Connector v3 REST client on a typed HttpClient, with retries for throttling and transient failures.</summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue JsonAccept = new("application/json");

    private readonly HttpClient _http;
    private readonly IServiceUrlTrust _trust;
    private readonly IBotTokenProvider _tokens;
    private readonly ConnectorClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(
        HttpClient http,
        IServiceUrlTrust trust,
        IBotTokenProvider tokens,
        ConnectorClientOptions options,
        TimeProvider time,
        ILogger<ConnectorClient> logger)
    {
        _http = http;
        _trust = trust;
        _tokens = tokens;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, ActivitiesPath(conversationId, null), activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, "SendToConversation", cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(replyToId);
        activity.ReplyToId ??= replyToId;
        return SendAsync(HttpMethod.Post, serviceUrl, ActivitiesPath(conversationId, replyToId), activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, "ReplyToActivity", cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        activity.Id ??= activityId;
        return SendAsync(HttpMethod.Put, serviceUrl, ActivitiesPath(conversationId, activityId), activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, "UpdateActivity", cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ProtocolJsonContext.Default.ConversationParameters, ProtocolJsonContext.Default.ConversationResourceResponse, "CreateConversation", cancellationToken);

    public async Task<ChannelAccount?> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        try
        {
            return await SendAsync<object?, ChannelAccount>(HttpMethod.Get, serviceUrl,
                $"v3/conversations/{Uri.EscapeDataString(conversationId)}/members/{Uri.EscapeDataString(userId)}",
                null, null, ProtocolJsonContext.Default.ChannelAccount, "GetConversationMember", cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static string ActivitiesPath(string conversationId, string? activityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return activityId is null ? path : $"{path}/{Uri.EscapeDataString(activityId)}";
    }

    private async Task<TResponse> SendAsync<TBody, TResponse>(
        HttpMethod method,
        string serviceUrl,
        string relativePath,
        TBody body,
        JsonTypeInfo<TBody>? bodyType,
        JsonTypeInfo<TResponse> responseType,
        string operation,
        CancellationToken cancellationToken)
    {
        if (method != HttpMethod.Get) ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(serviceUrl) || !_trust.IsTrusted(serviceUrl))
        {
            throw new UntrustedServiceUrlException(serviceUrl ?? string.Empty);
        }

        var uri = new Uri($"{serviceUrl.TrimEnd('/')}/{relativePath}", UriKind.Absolute);
        var payload = body is null || bodyType is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        var maxAttempts = Math.Max(1, _options.MaxAttempts);
        using var span = TeamsTelemetry.StartConnectorCall(operation);

        for (var attempt = 1; ; attempt++)
        {
            RetryConditionHeaderValue? retryAfter = null;
            try
            {
                using var request = await CreateRequestAsync(method, uri, payload, cancellationToken).ConfigureAwait(false);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                LogCorrelation(response, operation);
                var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

                if (response.IsSuccessStatusCode)
                {
                    TeamsTelemetry.ConnectorSucceeded(span, operation, (int)response.StatusCode, attempt);
                    return ReadResponse(responseBody, responseType);
                }

                var (code, subCode) = ConnectorErrorBody.Parse(responseBody);
                if (!ConnectorRetryPolicy.IsRetryable(response.StatusCode) || attempt >= maxAttempts)
                {
                    LogFailed(operation, (int)response.StatusCode, code, subCode, attempt);
                    TeamsTelemetry.ConnectorFailed(span, operation, (int)response.StatusCode, attempt);
                    throw new ConnectorException(
                        $"{operation} failed with HTTP {(int)response.StatusCode}{(code is null ? string.Empty : $" ({code})")} after {attempt} attempt(s).",
                        response.StatusCode,
                        code,
                        subCode);
                }

                retryAfter = response.Headers.RetryAfter;
                LogRetrying(operation, (int)response.StatusCode, attempt);
                TeamsTelemetry.ConnectorRetrying(span, operation, (int)response.StatusCode, attempt);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                if (attempt >= maxAttempts)
                {
                    LogFailed(operation, 0, ex.GetType().Name, null, attempt);
                    TeamsTelemetry.ConnectorFailed(span, operation, 0, attempt);
                    throw new ConnectorException($"{operation} failed: no response after {attempt} attempt(s).", null, null, null, ex);
                }

                LogRetrying(operation, 0, attempt);
                TeamsTelemetry.ConnectorRetrying(span, operation, 0, attempt);
            }

            var delay = ConnectorRetryPolicy.DelayBeforeRetry(attempt, retryAfter, _time.GetUtcNow(), _options);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(HttpMethod method, Uri uri, byte[]? payload, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, uri);
        if (payload is not null)
        {
            var content = new ByteArrayContent(payload);
            content.Headers.ContentType = JsonContentType;
            request.Content = content;
        }

        request.Headers.Accept.Add(JsonAccept);

        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static TResponse ReadResponse<TResponse>(byte[] body, JsonTypeInfo<TResponse> type)
    {
        if (body.Length == 0)
        {
            return JsonSerializer.Deserialize("{}"u8, type)!;
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) ?? JsonSerializer.Deserialize("{}"u8, type)!;
        }
        catch (JsonException ex)
        {
            throw new ConnectorException("Connector returned a success status with an unreadable body.", null, null, null, ex);
        }
    }

    // HttpClient signals its own timeout as TaskCanceledException without our token being cancelled.
    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private void LogCorrelation(HttpResponseMessage response, string operation)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var msCv = response.Headers.TryGetValues("MS-CV", out var cv) ? string.Join(",", cv) : null;
        var operationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var op) ? string.Join(",", op) : null;
        LogResponse(operation, (int)response.StatusCode, msCv, operationId);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Operation} answered {Status} (MS-CV {MsCv}, X-Correlating-OperationId {OperationId})")]
    private partial void LogResponse(string operation, int status, string? msCv, string? operationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Operation} attempt {Attempt} got {Status} (0 = no response); retrying")]
    private partial void LogRetrying(string operation, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} failed with {Status} code {Code} subCode {SubCode} after {Attempt} attempt(s)")]
    private partial void LogFailed(string operation, int status, string? code, string? subCode, int attempt);
}
