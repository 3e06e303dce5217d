using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Views;

/// <summary>What a card shows, without any card format. The Teams layer renders these as Adaptive Cards.</summary>
public abstract record CardView(Language Language);
