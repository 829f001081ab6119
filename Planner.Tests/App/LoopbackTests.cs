using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Planner.Desktop.App;

namespace Planner.Tests.App;

/// <summary>The app answers only loopback requests addressed to itself (DNS rebinding), and listens on 127.0.0.1 only.</summary>
[Collection("app")]
public sealed class LoopbackTests
{
    private readonly AppFixture fixture;

    public LoopbackTests(AppFixture fixture) => this.fixture = fixture;

    [Theory]
    [InlineData("127.0.0.1:5000", 5000, true)]
    [InlineData("localhost:5000", 5000, true)]
    [InlineData("LOCALHOST:5000", 5000, true)]
    [InlineData("127.0.0.1:5001", 5000, false)]
    [InlineData("127.0.0.1", 5000, false)]
    [InlineData("evil.example:5000", 5000, false)]
    [InlineData("127.0.0.1.evil.example:5000", 5000, false)]
    [InlineData("[::1]:5000", 5000, false)]
    [InlineData("", 5000, false)]
    public void IsAllowedHost_Value_OnlyLoopbackNameAndOwnPort(string host, int port, bool allowed) =>
        Assert.Equal(allowed, LoopbackOnly.IsAllowedHost(host, port));

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("https://127.0.0.1:5000", false)]
    [InlineData("http://evil.example", false)]
    [InlineData("null", false)]
    public void IsAllowedOrigin_Value_OnlyThisApp(string origin, bool allowed) =>
        Assert.Equal(allowed, LoopbackOnly.IsAllowedOrigin(origin, 5000));

    [Fact]
    public async Task App_ForeignHostOrOrigin_Refused_LoopbackAnswered_NotListeningElsewhere()
    {
        var app = fixture.App;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        using var own = await http.GetAsync(app.Address);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        using var rebound = new HttpRequestMessage(HttpMethod.Get, app.Address);
        rebound.Headers.Host = $"attacker.example:{app.Port}";
        using var refused = await http.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var layer = new HttpRequestMessage(HttpMethod.Get, new Uri(app.Address, "api/layers/cameras?bbox=0,0,1e7,1e7&res=1"));
        layer.Headers.Add("Origin", "http://attacker.example");
        using var crossSite = await http.SendAsync(layer);
        Assert.Equal(HttpStatusCode.BadRequest, crossSite.StatusCode);
        Assert.False(crossSite.Headers.Contains("Access-Control-Allow-Origin"));

        // Every other address of this machine (IPv4 and IPv6, loopback ::1 included) refuses the connection.
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            .Where(a => !a.Equals(IPAddress.Loopback) && !a.IsIPv6LinkLocal)
            .Append(IPAddress.IPv6Loopback)
            .Distinct()
            .ToList();
        foreach (var address in others)
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            var error = await Assert.ThrowsAnyAsync<SocketException>(() => socket.ConnectAsync(address, app.Port));
            Assert.Contains(error.SocketErrorCode, new[] { SocketError.ConnectionRefused, SocketError.AddressNotAvailable, SocketError.NetworkUnreachable, SocketError.HostUnreachable });
        }
    }
}
