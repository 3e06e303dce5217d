using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>A task asked of a colleague gets what is to be done as its title, not the question around it.</summary>
public class TaskTitleTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly MentionedPerson Megan = new("Megan Bowen", "29:megan");

    [Theory]
    [InlineData("<at>Megan Bowen</at> kun jij vrijdag de woningcorporatie bellen?", "woningcorporatie bellen", "2026-12-04")]
    [InlineData("<at>Megan Bowen</at>, kun je even de school bellen voor vrijdag?", "school bellen", "2026-12-04")]
    [InlineData("<at>Megan Bowen</at> zou je de aanvraag bijzondere bijstand willen regelen voor 10 december", "aanvraag bijzondere bijstand regelen", "2026-12-10")]
    [InlineData("taak voor <at>Megan Bowen</at>: wil jij het huisbezoek plannen voor vrijdag alsjeblieft", "huisbezoek plannen", "2026-12-04")]
    [InlineData("task for <at>Megan Bowen</at>: could you please call the school by Friday?", "call the school", "2026-12-04")]
    [InlineData("<at>Megan Bowen</at> can you send the form to the GP by 10 December?", "send the form to the GP", "2026-12-10")]
    public void A_request_becomes_what_is_to_be_done(string text, string title, string due)
    {
        var task = Assert.IsType<AddTaskCommand>(CommandParser.Parse(text, [Megan], Today).Command);
        Assert.Equal(new PersonRef.Mentioned(Megan), task.Owner);
        Assert.Equal(title, task.Description);
        Assert.Equal(DateOnly.Parse(due), task.Due?.Date);
    }

    [Theory]
    [InlineData("taak: de school bellen voor vrijdag", "de school bellen")]
    [InlineData("taak: @Megan belt de woningcorporatie voor vrijdag", "belt de woningcorporatie")]
    [InlineData("taak: uitzoeken of de kinderen kunnen zwemmen", "uitzoeken of de kinderen kunnen zwemmen")]
    public void A_task_written_as_a_task_stays_as_written(string text, string title)
    {
        var task = Assert.IsType<AddTaskCommand>(CommandParser.Parse(text, [Megan], Today).Command);
        Assert.Equal(title, task.Description);
    }
}
