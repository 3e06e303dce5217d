using System.Globalization;
using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// The overview's families as CSV for Dutch Excel: <c>;</c> between fields, a header in the reader's language, one row
/// per family with the same process facts as the tab.
/// </summary>
public static class GuardOverviewCsv
{
    public const string ContentType = "text/csv; charset=utf-8";
    private const char Separator = ';';

    public static string Write(GuardOverview overview, Language l)
    {
        var csv = new StringBuilder();
        Line(csv, TabTexts.Overview.CsvHeader(l));
        foreach (var f in overview.Families)
            Line(csv,
            [
                f.Family, f.PhaseText, f.Level, f.RegisseurOrganisation ?? "", Number(f.Late), Number(f.Waiting), Number(f.Escalated),
                Number(f.DaysSinceProgress), Date(f.PlanDue), YesNo(l, f.PlanOverdue), Date(f.EvaluationDue), YesNo(l, f.EvaluationOverdue),
            ]);
        return csv.ToString();
    }

    /// <summary>
    /// One field as Excel reads it back as text: a value a spreadsheet would run as a formula (= + - @, or a tab or
    /// return before one) gets a leading apostrophe; a value with the separator, a quote or a line break is quoted.
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(Separator, fields.Select(Field))).Append("\r\n");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string YesNo(Language l, bool value) => value ? TabTexts.Overview.Yes(l) : TabTexts.Overview.No(l);
}
