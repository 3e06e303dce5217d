using CoordinatieBot.Teams.Connector;

namespace CoordinatieBot.Teams.Tests.Connector;

public class InMemoryServiceUrlTrustTests
{
    private readonly InMemoryServiceUrlTrust _trust = new(["https://smba.trafficmanager.net/emea/", "https://smba.infra.gcc.teams.microsoft.com/gcc"]);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea", true)]
    [InlineData("https://SMBA.TrafficManager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/", true)]
    [InlineData("https://smba.trafficmanager.net/emeax/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/EMEA/", false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.com/emea/", false)]
    [InlineData("https://user@smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/?x=1", false)]
    [InlineData("not a url", false)]
    [InlineData("", false)]
    public void Matches_scheme_host_port_and_path_prefix(string serviceUrl, bool trusted)
    {
        Assert.Equal(trusted, _trust.IsTrusted(serviceUrl));
        Assert.Equal(trusted, _trust.IsTrusted(serviceUrl)); // asked again: answered from the remembered URLs
    }

    [Fact]
    public void Trust_adds_an_authenticated_service_url()
    {
        Assert.False(_trust.IsTrusted("https://smba.trafficmanager.net/apac/"));

        _trust.Trust("https://smba.trafficmanager.net/apac/");

        Assert.True(_trust.IsTrusted("https://smba.trafficmanager.net/apac/"));
        Assert.False(_trust.IsTrusted("https://smba.trafficmanager.net/amer/"));
    }

    [Fact]
    public void Trust_refuses_garbage() =>
        Assert.Throws<ArgumentException>(() => _trust.Trust("javascript:alert(1)"));
}
