using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Escalation;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.References;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Everything storage offers the conversation layer, with its settings (Storage:*), checked at start-up.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        return services.AddTableStorage();
    }

    private static IServiceCollection AddTableStorage(this IServiceCollection services)
    {
        services.AddSingleton<TableSet>();
        services.AddSingleton<TableDueIndex>();
        services.AddSingleton<IDueIndex>(sp => sp.GetRequiredService<TableDueIndex>());
        services.AddSingleton<INoticeClaims, TableNoticeClaims>();
        services.AddSingleton<IProcesmanagerDirectory, TableProcesmanagerDirectory>();
        services.AddSingleton<ICoordinatorDirectory, TableCoordinatorDirectory>();
        services.AddSingleton<ITeamFamilies, TableTeamFamilies>();
        services.AddSingleton<IDigestPreferences, TableDigestPreferences>();
        services.AddSingleton<TableRegieIndex>();
        services.AddSingleton<IRegieIndex>(sp => sp.GetRequiredService<TableRegieIndex>());
        services.AddSingleton<IFamilyRepository, TableFamilyRepository>();
        services.AddSingleton<IFamilyEraser, Privacy.TableFamilyEraser>();
        services.AddSingleton<FamilyCache>();
        services.AddSingleton<TableLivingCardStore>();
        services.AddSingleton<ILivingCardStore>(sp => sp.GetRequiredService<TableLivingCardStore>());
        services.AddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.AddSingleton<Inbox.QueueInbox>();
        services.AddSingleton<IInbox>(sp => sp.GetRequiredService<Inbox.QueueInbox>());
        return services;
    }
}
