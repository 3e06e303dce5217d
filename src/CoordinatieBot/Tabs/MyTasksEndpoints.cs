namespace CoordinatieBot.Tabs;

/// <summary>GET /api/tabs/tasks and POST /api/tabs/tasks/{familyId}/{number}: the "Mijn taken" tab.</summary>
public static class MyTasksEndpoints
{
    // TODO(H1)
    public static RouteGroupBuilder MapMyTasksApi(this RouteGroupBuilder api) => api;
}
