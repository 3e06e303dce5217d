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
    private static Process? _azurite;
    private static int _counter;

    public static string ConnectionString => Connection.Value;

    /// <summary>A fresh table prefix, so tests never see each other's data.</summary>
    public static string NewPrefix() => $"t{Environment.ProcessId % 10000}x{Interlocked.Increment(ref _counter)}x{Random.Shared.Next(1000, 9999)}";

    public static string ForPort(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    private static string StartOrFind()
    {
        if (Environment.GetEnvironmentVariable("COORDINATIEBOT_TEST_STORAGE") is { Length: > 0 } configured) return configured;

        var root = RepoRoot();
        var bin = Path.Combine(root, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
            throw new InvalidOperationException("Azurite is not installed: run scripts/setup (or scripts/test), or set COORDINATIEBOT_TEST_STORAGE.");

        var port = FreePort();
        _azurite = Process.Start(new ProcessStartInfo(bin,
            ["--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--silent", "--tableHost", "127.0.0.1", "--tablePort", port.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { _azurite.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } };

        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return ForPort(port);
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException("Azurite did not start within 30 s");
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
