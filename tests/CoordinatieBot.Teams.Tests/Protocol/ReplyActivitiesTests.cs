using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Teams.Bot;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Tests.Protocol;

public class ReplyActivitiesTests
{
    [Fact]
    public void A_mentioned_person_becomes_a_mention_entity_with_the_same_at_text()
    {
        var ahmed = new PersonMention("29:ahmed", "Ahmed <Yilmaz>");
        var activity = ReplyActivities.Text(TextReply.Mentioning($"Taak **1** is nu van {ahmed.Placeholder}.", ahmed));
        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal("29:ahmed", mention.MentionedId);
        Assert.Equal("Ahmed <Yilmaz>", mention.MentionedName);
        Assert.Equal("<at>Ahmed &lt;Yilmaz&gt;</at>", mention.Text);
        Assert.Equal("Taak **1** is nu van <at>Ahmed &lt;Yilmaz&gt;</at>.", activity.Text);
        Assert.Equal(TextFormats.Markdown, activity.TextFormat);
    }

    [Fact]
    public void Without_mentions_the_text_goes_as_it_is()
    {
        var activity = ReplyActivities.Text(new TextReply("Hallo"));
        Assert.Equal("Hallo", activity.Text);
        Assert.Null(activity.Entities);
    }

    [Fact]
    public void Plain_text_shows_the_name_in_bold() =>
        Assert.Equal("Voor **Sanne**", TextReply.Mentioning("Voor " + new PersonMention("29:s", "Sanne").Placeholder, new PersonMention("29:s", "Sanne")).PlainText);
}
