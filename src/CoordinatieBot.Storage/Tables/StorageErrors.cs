using Azure;
using CoordinatieBot.Conversation.Ports;

namespace CoordinatieBot.Storage.Tables;

/// <summary>Maps storage failures onto what the application understands.</summary>
internal static class StorageErrors
{
    public static async Task<T> Guard<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e) when (e.Status is 412)
        {
            throw new ConcurrencyConflictException($"{what}: changed by someone else", e);
        }
        catch (RequestFailedException e) when (IsUnavailable(e.Status))
        {
            throw new StorageUnavailableException($"{what}: storage answered {e.Status}", e);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or AggregateException
                                   || (e is TaskCanceledException && e.InnerException is TimeoutException))
        {
            throw new StorageUnavailableException($"{what}: storage unreachable", e);
        }
    }

    public static Task Guard(Func<Task> call, string what) => Guard(async () => { await call(); return true; }, what);

    private static bool IsUnavailable(int status) => status is 0 or 408 or 429 or >= 500;
}
