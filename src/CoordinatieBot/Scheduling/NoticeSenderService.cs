using CoordinatieBot.Conversation.Escalation;

namespace CoordinatieBot.Scheduling;

/// <summary>Runs the <see cref="NoticeSender"/> for the life of the host: it sends what sweeps queue.</summary>
public sealed class NoticeSenderService(NoticeSender sender) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sender.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
