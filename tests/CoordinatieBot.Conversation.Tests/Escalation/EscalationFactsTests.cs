using System.Collections.Immutable;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Escalation;

public class EscalationFactsTests
{
    [Fact]
    public void The_steps_taken_on_the_procesmanager_card_are_words_never_internal_names()
    {
        var now = new DateTimeOffset(2026, 12, 18, 9, 0, 0, TimeSpan.FromHours(1));
        var family = new FamilyState { Id = "f", Alias = "Vlinder", TenantId = "t", ConversationId = "c", CreatedAt = now };
        var events = Enum.GetValues<EscalationEventKind>().Select(k => new EscalationEvent(k, "aad-pm", now)).ToImmutableList();
        var escalation = new FamilyEscalation { Number = 1, Kind = EscalationKind.Knelpunt, RaisedBy = "x", RaisedAt = now, Events = events };

        foreach (var l in new[] { Language.Dutch, Language.English })
        {
            var steps = EscalationFactsBuilder.Build(family, escalation, DateOnly.FromDateTime(now.Date), WorkCalendar.Default, l).StepsTaken;
            Assert.Equal(events.Count, steps.Count);
            foreach (var kind in Enum.GetNames<EscalationEventKind>()) Assert.DoesNotContain(kind, steps);
        }
    }
}
