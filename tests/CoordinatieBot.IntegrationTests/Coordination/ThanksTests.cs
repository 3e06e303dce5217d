using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

/// <summary>A thank-you to the bot gets a short answer, not the whole help; one to a colleague is not taken for the bot's.</summary>
public class ThanksTests : BotTestBase
{
    [Fact]
    public async Task A_thank_you_is_answered_briefly_in_the_writers_language()
    {
        var chat = await VlinderAsync();
        Assert.Equal("Graag gedaan!", await chat.SayAsync(Persona.Piet, "top, dank je wel!"));
        Assert.Equal("You're welcome!", await chat.SayAsync(Persona.Piet, "thanks for the update"));
        Assert.NotEqual("Graag gedaan!", await chat.SayAsync(Persona.Piet, "dank je wel @Fatima!", Persona.Fatima));
    }
}
