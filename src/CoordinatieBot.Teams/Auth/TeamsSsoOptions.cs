using Microsoft.Extensions.Configuration;

namespace CoordinatieBot.Teams.Auth;

/// <summary>The tabs' sign-in (Teams SSO): which audience the tabs' tokens are issued for, under "Tabs".</summary>
public sealed class TeamsSsoOptions
{
    public const string Section = "Tabs";

    /// <summary>
    /// The Application ID URI of the app registration's exposed API, e.g. <c>api://coordinatiebot.example.nl/&lt;MicrosoftAppId&gt;</c>
    /// (the manifest's webApplicationInfo.resource). Tokens for it, or for the bare MicrosoftAppId, are accepted.
    /// </summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>The scope the Teams client asks for; a token without it is refused.</summary>
    public const string Scope = "access_as_user";

    public static TeamsSsoOptions FromConfiguration(IConfiguration configuration) => new()
    {
        ApplicationIdUri = configuration.GetSection(Section)["ApplicationIdUri"] is { Length: > 0 } uri && !string.IsNullOrWhiteSpace(uri) ? uri.Trim() : null,
    };
}
