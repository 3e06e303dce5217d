namespace CoordinatieBot.Tabs;

/// <summary>GET /api/tabs/overview and /api/tabs/overview.csv: the guard's "regie op regie" tab.</summary>
public static class OverviewEndpoints
{
    public static IServiceCollection AddGuardOverviewTab(this IServiceCollection services) => services;

    // TODO(H2)
    public static RouteGroupBuilder MapGuardOverviewApi(this RouteGroupBuilder api) => api;
}
