using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Addresses;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services)
    {
        services.AddSingleton<TableSet>();
        services.AddSingleton<IFamilyRepository, TableFamilyRepository>();
        services.AddSingleton<ILivingCardStore, TableLivingCardStore>();
        services.AddSingleton<IChannelAddressStore, TableChannelAddressStore>();
        return services;
    }
}
