namespace CoordinatieBot.Storage.Tables;

public static class TableNames
{
    public const string Families = "Families";
    public const string FamilyByConversation = "FamilyByConversation";
    public const string MemberFamilies = "MemberFamilies";
    public const string ConversationReferences = "ConversationReferences";

    public static readonly IReadOnlyList<string> All = [Families, FamilyByConversation, MemberFamilies, ConversationReferences];
}
