using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Families;
using CoordinatieBot.Conversation.Members;
using CoordinatieBot.Conversation.Overview;
using CoordinatieBot.Conversation.Plan;
using CoordinatieBot.Conversation.Regie;
using CoordinatieBot.Conversation.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.Conversation.Coordination;

public static class CoordinationServiceCollectionExtensions
{
    /// <summary>The ways in, the load-change-save unit, every concept's operations, the one dispatch to them, and what follows a saved change.</summary>
    public static IServiceCollection AddCoordination(this IServiceCollection services)
    {
        services.AddSingleton<StripedLock>();
        services.AddSingleton<FamilyTurns>();
        services.AddSingleton<CoordinationService>();
        services.AddSingleton<FollowUps>();
        services.AddSingleton<ChatEvents>();
        services.AddSingleton<ProcesmanagerGate>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<MemberCommands>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<MemberCommands>());
        services.AddSingleton<ICommandHandler, OverviewCommands>();
        services.AddSingleton<ICommandHandler, FamilyCommands>();
        services.AddSingleton<ICommandHandler, ReachCommands>();
        services.AddSingleton<ICommandHandler, FamilyLanguageCommands>();
        services.AddSingleton<ICommandHandler, Lifecycle.LifecycleCommands>();
        services.AddSingleton<ICommandHandler, TaskCommands>();
        services.AddSingleton<ICommandHandler, RegieCommands>();
        services.AddSingleton<ICommandHandler, PlanCommands>();
        services.AddSingleton<ICommandHandler, EscalationCommands>();
        services.AddSingleton<ICommandHandler, Meetings.MeetingCommands>();
        services.AddSingleton<ICommandHandler, Guards.GuardCommands>();
        services.AddSingleton<ICommandHandler, Asking.ChoiceCommands>();
        services.AddSingleton<Forms.FormCommands>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<Forms.FormCommands>());
        services.AddSingleton<Forms.FormSubmissions>();
        services.AddSingleton<TaskSearch>();
        return services;
    }
}
