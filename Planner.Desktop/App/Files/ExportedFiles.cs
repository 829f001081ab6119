using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Planner.Desktop.App.Files;

/// <summary>
/// Files the app has just written (PDF proposals), served back to the browser at <c>/exports/TOKEN/NAME</c> so that
/// they open in a new tab: only registered files, each under its own unguessable 128-bit token, on the loopback server.
/// </summary>
internal sealed class ExportedFiles
{
    private readonly ConcurrentDictionary<string, string> byToken = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="path"/> and returns its relative URL.</summary>
    public string Register(string path)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        byToken[token] = Path.GetFullPath(path);
        return $"exports/{token}/{Uri.EscapeDataString(Path.GetFileName(path))}";
    }

    /// <summary>The file registered under <paramref name="token"/>, if it still exists.</summary>
    public bool TryGet(string token, out string path) =>
        byToken.TryGetValue(token, out path!) && File.Exists(path);

    /// <summary>Maps <c>GET /exports/{token}/{name}</c>: 404 for any token the app did not hand out.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/exports/{token}/{name}", (string token, string name, ExportedFiles files) =>
            files.TryGet(token, out var path) && Path.GetFileName(path) == name
                ? Results.File(path, ContentType(path), enableRangeProcessing: true)
                : Results.NotFound());
    }

    private static string ContentType(string path) =>
        path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : "application/octet-stream";
}
