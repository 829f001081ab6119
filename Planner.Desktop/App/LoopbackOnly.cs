namespace Planner.Desktop.App;

/// <summary>
/// Refuses every request whose Host header is not this server's loopback address and port (127.0.0.1:PORT or
/// localhost:PORT), so a web page whose name was re-pointed at 127.0.0.1 (DNS rebinding) cannot talk to the app; a
/// request carrying an Origin from anywhere else (a cross-site WebSocket or fetch) is refused the same way.
/// </summary>
internal sealed class LoopbackOnly
{
    private readonly RequestDelegate next;

    public LoopbackOnly(RequestDelegate next) => this.next = next;

    public Task InvokeAsync(HttpContext context)
    {
        var port = context.Connection.LocalPort;
        if (!IsAllowedHost(context.Request.Headers.Host.ToString(), port)
            || (context.Request.Headers.Origin.ToString() is { Length: > 0 } origin && !IsAllowedOrigin(origin, port)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("CctvPlanner answers only requests addressed to 127.0.0.1 or localhost on its own port.\n");
        }

        return next(context);
    }

    /// <summary>True for "127.0.0.1:PORT" and "localhost:PORT" (case-insensitive), nothing else.</summary>
    public static bool IsAllowedHost(string host, int port) =>
        string.Equals(host, $"127.0.0.1:{port}", StringComparison.OrdinalIgnoreCase)
        || string.Equals(host, $"localhost:{port}", StringComparison.OrdinalIgnoreCase);

    public static bool IsAllowedOrigin(string origin, int port) =>
        string.Equals(origin, $"http://127.0.0.1:{port}", StringComparison.OrdinalIgnoreCase)
        || string.Equals(origin, $"http://localhost:{port}", StringComparison.OrdinalIgnoreCase);
}
