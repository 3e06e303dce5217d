namespace CoordinatieBot.IntegrationTests.Observability;

/// <summary>
/// ActivitySources and Meters are process-wide: a tracer or meter provider sees the spans and measurements of every
/// bot in the process. These tests run alone so that what they collect is theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObservabilityCollection
{
    public const string Name = "Observability";
}
