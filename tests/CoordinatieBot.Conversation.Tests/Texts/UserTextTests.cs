using CoordinatieBot.Conversation.Texts;
using FsCheck;
using FsCheck.Fluent;

namespace CoordinatieBot.Conversation.Tests.Texts;

public class UserTextTests
{
    [Theory]
    [InlineData("[klik](https://evil)", "\\[klik\\](https://evil)")]
    [InlineData("**vet** <b>", "\\*\\*vet\\*\\* &lt;b&gt;")]
    [InlineData("a_b", "a\\_b")]
    public void User_text_is_escaped_for_chat_Markdown(string text, string escaped) => Assert.Equal(escaped, UserText.Escape(text));

    [Fact]
    public void A_chat_message_becomes_plain_text_for_a_card()
    {
        var message = $"Top, taak **2** is gedaan: {UserText.Escape("**echt** <klaar> & [af]")}";
        Assert.Equal("Top, taak 2 is gedaan: **echt** <klaar> & [af]", UserText.ToPlain(message));
    }

    [Fact]
    public void Escaped_user_text_comes_back_unchanged_as_plain_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(),
            s => s is null || s.Any(char.IsControl) || UserText.ToPlain(UserText.Escape(s)) == s).QuickCheckThrowOnFailure();
}
