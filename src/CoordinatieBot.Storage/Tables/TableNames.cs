namespace CoordinatieBot.Storage.Tables;

public static class TableNames
{
    public const string Families = "Families";
    public const string FamilyByConversation = "FamilyByConversation";
    public const string MemberFamilies = "MemberFamilies";
    public const string ConversationReferences = "ConversationReferences";
    public const string DueIndex = "DueIndex";
    public const string NoticeClaims = "NudgeClaims"; // the stored table keeps its name
    public const string Settings = "Settings";
    /// <summary>Which families each team's procesmanager guards (for the weekly overview).</summary>
    public const string TeamFamilies = "TeamFamilies";
    /// <summary>Erasures of families, without content: a hash of the family id, when, why, by whom.</summary>
    public const string ErasureLog = "ErasureLog";
    /// <summary>Which families each regisseur leads now (for the caseload), kept by the regie index.</summary>
    public const string RegieFamilies = "RegieFamilies";

    public static readonly IReadOnlyList<string> All =
        [Families, FamilyByConversation, MemberFamilies, ConversationReferences, DueIndex, NoticeClaims, Settings, TeamFamilies, ErasureLog, RegieFamilies];
}
