using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>
/// Real Table Storage for the tests: Azurite. <c>scripts/test</c> starts it and sets COORDINATIEBOT_TEST_STORAGE;
/// a plain <c>dotnet test</c> starts one itself from the repo's node_modules. Each test gets its own table prefix.
/// </summary>
public static class TestStorage
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<string> Connection = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly List<Process> Started = [];
    private static int _counter;

    public static string ConnectionString => Connection.Value;

    /// <summary>A fresh table prefix, so tests never see each other's data.</summary>
    public static string NewPrefix() => $"t{Environment.ProcessId % 10000}x{Interlocked.Increment(ref _counter)}x{Random.Shared.Next(1000, 9999)}";

    public static string ForPort(int port, int? queuePort = null) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;"
        + (queuePort is { } q ? $"QueueEndpoint=http://127.0.0.1:{q}/devstoreaccount1;" : "");

    private static string StartOrFind()
    {
        if (Environment.GetEnvironmentVariable("COORDINATIEBOT_TEST_STORAGE") is { Length: > 0 } configured) return configured;

        var tablePort = FreePort();
        var queuePort = FreePort();
        Start("azurite-table", "--tableHost", "--tablePort", tablePort);
        Start("azurite-queue", "--queueHost", "--queuePort", queuePort);
        return ForPort(tablePort, queuePort);
    }

    private static void Start(string service, string hostOption, string portOption, int port)
    {
        var bin = Path.Combine(RepoRoot(), "node_modules", ".bin", service);
        if (!File.Exists(bin))
            throw new InvalidOperationException("Azurite is not installed: run scripts/setup (or scripts/test), or set COORDINATIEBOT_TEST_STORAGE.");

        var azurite = Process.Start(new ProcessStartInfo(bin,
            ["--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--silent", hostOption, "127.0.0.1", portOption, port.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        Started.Add(azurite);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { azurite.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } };

        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException($"{service} did not start within 30 s");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoordinatieBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repo root not found");
    }
}
