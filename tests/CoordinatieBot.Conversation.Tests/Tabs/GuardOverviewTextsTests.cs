using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Conversation.Tests.Tabs;

public class GuardOverviewTextsTests
{
    /// <summary>The keys the overview page looks its words up with (the shared contract of the tabs).</summary>
    private static readonly string[] PageKeys =
    [
        "title", "intro", "family", "phase", "level", "regisseurOrganisation", "late", "daysLate", "waiting", "escalated", "daysSinceProgress",
        "planDue", "evaluationDue", "overdueNorm", "escalations", "escalation", "raised", "organisation", "steps", "patterns",
        "organisationsMissing", "caseloads", "search", "filterAll", "filterEscalated", "filterLate", "filterNorms", "export", "empty", "none",
    ];

    [Fact]
    public void The_page_gets_every_word_it_looks_up_in_Dutch_and_in_English()
    {
        var dutch = TabTexts.Overview.Page(Language.Dutch);
        var english = TabTexts.Overview.Page(Language.English);

        Assert.Equal(PageKeys.Order(), dutch.Keys.Order());
        Assert.Equal(PageKeys.Order(), english.Keys.Order());
        Assert.All(PageKeys, k => Assert.False(string.IsNullOrWhiteSpace(dutch[k]) || string.IsNullOrWhiteSpace(english[k]), k));
        Assert.NotEqual(dutch["intro"], english["intro"]);
    }

    [Fact]
    public void The_csv_header_has_a_column_per_fact_in_both_languages_and_no_separator_inside()
    {
        foreach (var l in new[] { Language.Dutch, Language.English })
        {
            var header = TabTexts.Overview.CsvHeader(l);
            Assert.Equal(12, header.Count);
            Assert.Equal(header.Count, header.Distinct().Count());
            Assert.DoesNotContain(header, h => h.Contains(';'));
        }
    }

    [Fact]
    public void The_role_names_both_parts_when_someone_plays_both()
    {
        Assert.Equal("procesmanager en coördinator risicogezinnen",
            TabTexts.Overview.Role(Language.Dutch, [Ports.GuardRole.CoordinatorRisicogezinnen, Ports.GuardRole.Procesmanager]));
        Assert.Equal("coordinator risicogezinnen", TabTexts.Overview.Role(Language.English, [Ports.GuardRole.CoordinatorRisicogezinnen]));
    }
}
