namespace CoordinatieBot.Domain;

/// <summary>A professional's part in this family's help.</summary>
public enum MemberRole
{
    /// <summary>Delivers help; can own actions.</summary>
    Uitvoerder,
    /// <summary>Referred the family; asked for feedback on referrals.</summary>
    Verwijzer,
    /// <summary>Consultation only: never owns actions, never sent reminders.</summary>
    Observer,
}
