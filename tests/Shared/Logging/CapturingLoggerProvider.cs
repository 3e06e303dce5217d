using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Testing;

/// <summary>
/// Keeps every log entry the bot writes from <paramref name="minimum"/> up, as everything an exporter could see:
/// message, state values, scopes and exception.
/// </summary>
public sealed class CapturingLoggerProvider(LogLevel minimum = LogLevel.Trace) : ILoggerProvider, ISupportExternalScope
{
    private readonly LogLevel _minimum = minimum;
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= owner._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            var parts = new List<string> { message };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                parts.AddRange(values.Select(kv => $"{kv.Key}={kv.Value}"));
            owner._scopes.ForEachScope((scope, list) =>
            {
                list.Add(scope?.ToString() ?? "");
                if (scope is IEnumerable<KeyValuePair<string, object?>> kvs) list.AddRange(kvs.Select(kv => $"{kv.Key}={kv.Value}"));
            }, parts);
            if (exception is not null) parts.Add(exception.ToString());
            owner.Entries.Enqueue(new CapturedLog(logLevel, category, string.Join(" | ", parts)) { Message = message });
        }
    }
}

/// <summary>One log entry: <see cref="Text"/> is all of it, <see cref="Message"/> the formatted message alone.</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Text)
{
    public string Message { get; init; } = string.Empty;

    /// <summary>"Level Category: Message", as a console logger would print it.</summary>
    public string Line => $"{Level} {Category}: {Message}";
}
