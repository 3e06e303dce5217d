using Microsoft.Extensions.Configuration;

namespace CoordinatieBot.Teams.Auth;

/// <summary>
/// Bot identity and auth endpoints. The Microsoft* keys sit at the configuration root (the names Azure Bot Service
/// templates use); the rest live under "Bot".
/// </summary>
public sealed class BotAuthOptions
{
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrlTemplate = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";
    public const string DefaultOAuthAuthorityHost = "https://login.microsoftonline.com";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The Bot Framework tenant, used as token authority for multi-tenant bots.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    public string AppType { get; set; } = BotAppTypes.MultiTenant;
    public string? AppId { get; set; }
    public string? AppPassword { get; set; }
    public string? AppTenantId { get; set; }
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Metadata of the Entra tenant whose tokens a SingleTenant bot also accepts; "{tenantId}" is replaced.</summary>
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = DefaultEntraOpenIdMetadataUrlTemplate;

    public string OAuthAuthorityHost { get; set; } = DefaultOAuthAuthorityHost;
    public IReadOnlyList<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>Only tests turn this off, to serve metadata from a plain-http loopback endpoint.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsSingleTenant => string.Equals(AppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);

    public string EntraOpenIdMetadataUrl => EntraOpenIdMetadataUrlTemplate.Replace("{tenantId}", AppTenantId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Authority for outbound tokens: the own tenant for SingleTenant, botframework.com otherwise.</summary>
    public string TokenAuthority =>
        $"{OAuthAuthorityHost.TrimEnd('/')}/{(IsSingleTenant ? AppTenantId : BotFrameworkTenant)}";

    public static BotAuthOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var bot = configuration.GetSection("Bot");
        var options = new BotAuthOptions
        {
            AppType = NonEmpty(configuration["MicrosoftAppType"]) ?? BotAppTypes.MultiTenant,
            AppId = NonEmpty(configuration["MicrosoftAppId"]),
            AppPassword = NonEmpty(configuration["MicrosoftAppPassword"]),
            AppTenantId = NonEmpty(configuration["MicrosoftAppTenantId"]),
            OpenIdMetadataUrl = NonEmpty(bot["OpenIdMetadataUrl"]) ?? DefaultOpenIdMetadataUrl,
            EntraOpenIdMetadataUrlTemplate = NonEmpty(bot["EntraOpenIdMetadataUrlTemplate"]) ?? DefaultEntraOpenIdMetadataUrlTemplate,
            OAuthAuthorityHost = NonEmpty(bot["OAuthAuthorityHost"]) ?? DefaultOAuthAuthorityHost,
            AllowedServiceUrls = bot.GetSection("AllowedServiceUrls").GetChildren()
                .Select(c => c.Value)
                .OfType<string>()
                .Where(v => !string.IsNullOrWhiteSpace(v))
                .ToArray(),
        };
        if (bool.TryParse(bot["RequireHttpsMetadata"], out var requireHttps))
        {
            options.RequireHttpsMetadata = requireHttps;
        }

        return options;
    }

    /// <summary>Authentication is off only for local testing: Development and no app id.</summary>
    public bool IsAuthDisabled(bool environmentIsDevelopment) => environmentIsDevelopment && string.IsNullOrWhiteSpace(AppId);

    /// <summary>Called at start-up; throws with a message that says what to fix.</summary>
    public void Validate(bool environmentIsDevelopment)
    {
        if (string.IsNullOrWhiteSpace(AppId))
        {
            if (environmentIsDevelopment)
            {
                return;
            }

            throw new InvalidOperationException("MicrosoftAppId is empty: set it, or run in Development for local testing without authentication");
        }

        if (string.IsNullOrWhiteSpace(AppPassword))
        {
            throw new InvalidOperationException("MicrosoftAppPassword is empty: the bot needs its client secret to call the Bot Connector");
        }

        if (IsSingleTenant && string.IsNullOrWhiteSpace(AppTenantId))
        {
            throw new InvalidOperationException("MicrosoftAppTenantId is empty: a SingleTenant bot needs its tenant id");
        }

        if (!string.Equals(AppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(AppType, BotAppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"MicrosoftAppType '{AppType}' is not supported: use SingleTenant or MultiTenant");
        }

        foreach (var url in AllowedServiceUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidOperationException($"Bot:AllowedServiceUrls contains '{url}', which is not an absolute http(s) URL");
            }
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
