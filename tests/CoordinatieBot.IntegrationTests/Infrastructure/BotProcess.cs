using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>
/// The bot as its own operating-system process, as App Service runs it: built host (CoordinatieBot.dll), Development,
/// empty app id, on Azurite with the given table prefix, answering through the test's fake connector. It can be
/// stopped the ways a host stops: gracefully (SIGTERM, as on a deploy or scale-in) or not at all (SIGKILL, a crash).
/// </summary>
public sealed class BotProcess : IChatHost, IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, int port, FakeConnector connector)
    {
        _process = process;
        Connector = connector;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public FakeConnector Connector { get; }

    public HttpClient Http { get; }

    public DateTimeOffset Now => DateTimeOffset.UtcNow;

    public bool HasExited => _process.HasExited;

    public static async Task<BotProcess> StartAsync(FakeConnector connector, string tablePrefix, IDictionary<string, string>? settings = null)
    {
        var dll = HostDll();
        var port = TestStorage.FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["MicrosoftAppId"] = "",
            ["Storage__ConnectionString"] = TestStorage.ConnectionString,
            ["Storage__TablePrefix"] = tablePrefix,
            ["Storage__InboxLease"] = "00:00:08",
            ["Escalation__SchedulerEnabled"] = "false",
            ["Privacy__RetentionJobEnabled"] = "false",
            ["Bot__Connector__BaseDelay"] = "00:00:00.010",
            ["Bot__Connector__MaxDelay"] = "00:00:00.050",
            ["Bot__Connector__TypingAfter"] = "00:00:00",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) env[key] = value;
        foreach (var (key, value) in env) start.Environment[key] = value;

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, port, connector);
        await bot.WaitUntilUpAsync();
        return bot;
    }

    /// <summary>What App Service sends on a deploy, restart or scale-in; then waits for the process to exit.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        if (kill(_process.Id, 15) != 0) throw new InvalidOperationException("SIGTERM could not be sent");
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
    }

    /// <summary>A crash: the process ends at once, whatever it was doing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Until the connector has been quiet for a moment (this process's queue cannot be seen from here).</summary>
    public async Task IdleAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        var seen = -1;
        while (DateTime.UtcNow < until)
        {
            var now = Connector.Calls.Count;
            if (now == seen) return;
            seen = now;
            await Task.Delay(400);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot exited with {_process.ExitCode} while starting");
            try
            {
                if ((await Http.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The bot did not answer /healthz within 60 s");
    }

    /// <summary>The host as built beside this test assembly's configuration (Debug or Release).</summary>
    private static string HostDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/<Configuration>/net10.0/
        var dll = Path.Combine(TestStorage.RepoRoot(), "src", "CoordinatieBot", "bin", configuration, "net10.0", "CoordinatieBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the host is not built", dll);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
