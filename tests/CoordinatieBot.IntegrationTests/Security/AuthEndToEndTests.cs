using System.Net;
using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// Authentication end to end through POST /api/messages with real signed tokens against a loopback OpenID/JWKS server:
/// messages and invokes alike, the tenant allow-list, the serviceurl claim, and the rule that a service URL that never
/// arrived in an authenticated activity is never called.
/// </summary>
public class AuthEndToEndTests
{
    [Fact]
    public async Task A_valid_token_is_accepted_and_the_reply_carries_the_bots_own_token()
    {
        await using var host = await AuthenticatedHost.StartAsync();
        var chat = host.Chat("19:auth-ok@thread.v2");
        var response = await host.PostAsync(chat.Message(Persona.Piet, "help", "m1"), host.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.Connector.Calls);
        Assert.Equal($"Bearer {AuthenticatedHost.OutboundToken}", reply.Authorization);
        Assert.Contains("start gezin", reply.Text);
    }

    [Fact]
    public async Task Invoke_activities_need_the_same_token_as_messages()
    {
        await using var host = await AuthenticatedHost.StartAsync();
        var chat = host.Chat("19:auth-invoke@thread.v2");
        foreach (var (who, text, mention) in new[] { (Persona.Piet, "start gezin Kraai", (Persona?)null), (Persona.Piet, "ik neem de regie", null), (Persona.Fatima, "hallo", null) })
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(chat.Message(who, text, Guid.NewGuid().ToString("N")), host.Token())).StatusCode);
        var handover = chat.Message(Persona.Piet, "regie overdragen aan @Fatima", "m-handover", Persona.Fatima);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(handover, host.Token())).StatusCode);
        var card = host.Connector.Calls.Single(c => c.Card is not null);
        var familyId = Coordination.RegieTests.FindData(card.Card!, "regie.view")["familyId"]!.GetValue<string>();

        var invoke = chat.Base("invoke", Persona.Fatima, "inv-1");
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = card.ResponseId;
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "regie.accept", ["data"] = new JsonObject { ["familyId"] = familyId } } };

        var before = await StorageSnapshot.TakeAsync(host.App.Services);
        var tried = 0;
        var refused = 0;
        foreach (var bad in new[] { null, "not.a.jwt", host.Token(validFor: TimeSpan.FromMinutes(-30)), host.Token(audience: "someone-else") })
        {
            tried++;
            if ((await host.PostAsync(invoke.DeepClone(), bad)).StatusCode == HttpStatusCode.Unauthorized) refused++;
        }
        Assert.Equal(tried, refused);
        Assert.Empty((await StorageSnapshot.TakeAsync(host.App.Services)).DiffFrom(before));

        var accepted = await host.PostAsync(invoke.DeepClone(), host.Token());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("geaccepteerd", await accepted.Content.ReadAsStringAsync());
        SecurityFigures.Report("auth: invoke without a valid token", tried, refused, tried - refused, 0);
    }

    [Fact]
    public async Task Another_tenant_is_refused_logged_and_leaves_no_trace()
    {
        await using var host = await AuthenticatedHost.StartAsync(new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = "tenant-1" });
        var own = host.Chat("19:own@thread.v2");
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(own.Message(Persona.Piet, "start gezin Kraai", "m1"), host.Token())).StatusCode);
        var callsBefore = host.Connector.Calls.Count;
        var before = await StorageSnapshot.TakeAsync(host.App.Services, withAddresses: true);

        var foreign = host.Chat("19:foreign@thread.v2", tenant: "tenant-evil");
        var attempts = new List<JsonNode>
        {
            foreign.Message(Persona.Olga, "start gezin Egel", "f1"),
            foreign.Message(Persona.Olga, "mijn taken", "f2"),
            host.Chat("19:own@thread.v2", tenant: "tenant-evil").Message(Persona.Olga, "plan", "f3"), // the same chat id, another tenant
            host.Chat("a:olga", tenant: "tenant-evil", type: "personal").Message(Persona.Olga, "mijn taken", "f4"),
        };
        var invoke = foreign.Base("invoke", Persona.Olga, "f5");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "plan.refresh", ["data"] = new JsonObject { ["familyId"] = "x" } } };
        attempts.Add(invoke);
        var noTenant = own.Message(Persona.Olga, "plan", "f6");
        noTenant["conversation"]!.AsObject().Remove("tenantId");
        noTenant.AsObject().Remove("channelData");
        attempts.Add(noTenant);
        var mixed = own.Message(Persona.Olga, "plan", "f7"); // conversation says tenant-1, channelData another tenant
        mixed["channelData"]!["tenant"]!["id"] = "tenant-evil";
        attempts.Add(mixed);

        var refused = 0;
        foreach (var activity in attempts)
            if ((await host.PostAsync(activity, host.Token())).StatusCode == HttpStatusCode.Forbidden) refused++;

        Assert.Equal(attempts.Count, refused);
        Assert.Equal(callsBefore, host.Connector.Calls.Count);
        Assert.Empty((await StorageSnapshot.TakeAsync(host.App.Services, withAddresses: true)).DiffFrom(before));
        Assert.True(host.Logs.Entries.Select(e => e.Line).Count(l => l.Contains("tenant", StringComparison.OrdinalIgnoreCase) && l.StartsWith("Warning")) >= attempts.Count,
            string.Join("\n", host.Logs.Entries.Select(e => e.Line)));
        SecurityFigures.Report("auth: other tenants (Bot:AllowedTenants)", attempts.Count, refused, attempts.Count - refused, 0);
    }

    [Fact]
    public async Task A_service_url_that_was_never_authenticated_never_gets_a_call()
    {
        await using var host = await AuthenticatedHost.StartAsync();
        await using var attacker = await FakeConnector.StartAsync();
        var chat = host.Chat("19:ssrf@thread.v2");
        var stranger = OpenIdTestServer.NewKey("test-key-1"); // same kid, other key

        JsonNode ToAttacker(string id)
        {
            var a = chat.Message(Persona.Piet, "help", id);
            a["serviceUrl"] = attacker.ServiceUrl;
            return a;
        }

        var attempts = new (string Name, JsonNode Activity, string? Token)[]
        {
            ("no token", ToAttacker("s1"), null),
            ("token for the real connector, activity points elsewhere", ToAttacker("s2"), host.Token()),
            ("token for another service URL", chat.Message(Persona.Piet, "help", "s3"), host.Token("https://smba.trafficmanager.net/emea/")),
            ("expired token", ToAttacker("s4"), host.Token(attacker.ServiceUrl, TimeSpan.FromMinutes(-30))),
            ("token signed by another key", ToAttacker("s5"), host.Token(attacker.ServiceUrl, key: stranger)),
            ("token for another bot", ToAttacker("s6"), host.Token(attacker.ServiceUrl, audience: "22222222-0000-0000-0000-000000000000")),
        };
        var refused = 0;
        foreach (var (name, activity, token) in attempts)
        {
            var status = (await host.PostAsync(activity, token)).StatusCode;
            Assert.True(status == HttpStatusCode.Unauthorized, $"{name}: {status}");
            refused++;
        }
        Assert.Empty(host.Connector.Calls);

        // A real conversation, a nudge sweep: still nothing goes to the attacker's URL.
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(chat.Message(Persona.Piet, "start gezin Kraai", "ok1"), host.Token())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(chat.Message(Persona.Piet, "taak: ik bel de school voor 4 december", "ok2"), host.Token())).StatusCode);
        host.App.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        (await host.Http.PostAsync("/api/dev/sweep", null)).EnsureSuccessStatusCode();
        Assert.NotEmpty(host.Connector.Calls);
        Assert.Empty(attacker.Calls);
        SecurityFigures.Report("auth: forged/replayed tokens and untrusted service URLs", attempts.Length, refused, attempts.Length - refused, 0,
            $"calls to the untrusted URL {attacker.Calls.Count}");
    }
}
