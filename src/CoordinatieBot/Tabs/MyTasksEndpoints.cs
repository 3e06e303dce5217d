namespace CoordinatieBot.Tabs;

/// <summary>GET /api/tabs/tasks and POST /api/tabs/tasks/{familyId}/{number}: the "Mijn taken" tab.</summary>
public static class MyTasksEndpoints
{
    public static IServiceCollection AddMyTasksTab(this IServiceCollection services) => services;

    // TODO(H1)
    public static RouteGroupBuilder MapMyTasksApi(this RouteGroupBuilder api) => api;
}
