namespace CoordinatieBot.Conversation.Escalation;

/// <summary>Coordination:DefaultProcesmanager and who may set a team's procesmanager in chat.</summary>
public sealed class ProcesmanagerOptions
{
    /// <summary>The tenant's default procesmanager, used where a team has none set.</summary>
    public PersonSetting? DefaultProcesmanager { get; set; }

    /// <summary>
    /// Coordination:DefaultCoordinatorRisicogezinnen: guards regulier, risicogezin and MPG1 where a team has none set.
    /// Without one (team or default) the procesmanager guards every level.
    /// </summary>
    public PersonSetting? DefaultCoordinatorRisicogezinnen { get; set; }

    /// <summary>Entra object ids of the people allowed to set a team's procesmanager (the default procesmanager may too).</summary>
    public List<string> ProcesmanagerAdmins { get; set; } = [];

    public sealed class PersonSetting
    {
        public string AadObjectId { get; set; } = "";
        public string Name { get; set; } = "";
    }
}
