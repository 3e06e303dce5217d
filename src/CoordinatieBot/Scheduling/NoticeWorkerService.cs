using CoordinatieBot.Conversation.Escalation;

namespace CoordinatieBot.Scheduling;

/// <summary>Runs the <see cref="NoticeWorker"/> for the life of the host: it sends what sweeps queue.</summary>
public sealed class NoticeWorkerService(NoticeWorker worker) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await worker.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
