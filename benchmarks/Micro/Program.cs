using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Short runs so that benchmarks/run stays well under 15 minutes on 2 cores: in process (no extra build),
// 1 warm-up and 4 measured iterations of 250 ms. Numbers are indicative (see the Error column), good for spotting costs.
var config = ManualConfig.CreateEmpty()
    .AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(4).WithLaunchCount(1)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
        .WithToolchain(InProcessEmitToolchain.Instance).WithId("short"))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
    .AddLogger(DefaultConfig.Instance.GetLoggers().ToArray())
    .AddExporter(MarkdownExporter.GitHub)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
