using System.Globalization;
using System.Text.Json;

namespace Planner.Geo.Formats;

/// <summary>Opens a JSON file with one clear error for a missing, empty or malformed file (naming the line).</summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    public static JsonDocument Parse(string path, string expectedWhat)
    {
        var bytes = InputFile.ReadAllBytes(path, expectedWhat);
        try
        {
            return JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException ex)
        {
            // LineNumber and BytePositionInLine are 0-based; people count from 1.
            var line = (ex.LineNumber ?? 0) + 1;
            var col = (ex.BytePositionInLine ?? 0) + 1;
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }

            throw Fail.Input(path, string.Create(CultureInfo.InvariantCulture, $"line {line}, column {col}"), null,
                $"expected valid JSON ({expectedWhat}); {reason.TrimEnd('.')} (NaN, Infinity, a cut-off file and trailing commas are not JSON)");
        }
    }
}

/// <summary>Reads input files with clear errors for a missing or empty file.</summary>
internal static class InputFile
{
    public static byte[] ReadAllBytes(string path, string expectedWhat)
    {
        if (!File.Exists(path))
        {
            throw Fail.Input(path, null, null, $"file not found (expected {expectedWhat})");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().Trim(" \t\r\n\uFEFF"u8).IsEmpty || IsOnlyBom(bytes))
        {
            throw Fail.Input(path, null, null, $"the file is empty ({bytes.Length} bytes); expected {expectedWhat}");
        }

        return bytes;
    }

    private static bool IsOnlyBom(byte[] b) => b.Length == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
}
