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

/// <summary>
/// Reads text input files (JSON, CSV, rule packs, requests) with clear errors for a missing, unreadable, empty or
/// non-UTF-8 file. A UTF-8 byte order mark is accepted and removed, so every reader treats it alike.
/// </summary>
internal static class InputFile
{
    public static byte[] ReadAllBytes(string path, string expectedWhat)
    {
        if (Directory.Exists(path))
        {
            throw Fail.Input(path, null, null, $"is a folder; expected a file ({expectedWhat})");
        }

        if (!File.Exists(path))
        {
            throw Fail.Input(path, null, null, $"file not found (expected {expectedWhat})");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail.Input(path, null, null, $"cannot be read ({ex.GetType().Name.Replace("Exception", "", StringComparison.Ordinal)}); expected a readable file ({expectedWhat})");
        }

        if (bytes.AsSpan().Trim(" \t\r\n\uFEFF"u8).IsEmpty || IsOnlyBom(bytes))
        {
            throw Fail.Input(path, null, null, $"the file is empty ({bytes.Length} bytes); expected {expectedWhat}");
        }

        var bom = HasBom(bytes) ? 3 : 0;
        if (FirstInvalidUtf8(bytes.AsSpan(bom)) is { } bad)
        {
            throw Fail.Input(path, string.Create(CultureInfo.InvariantCulture, $"byte offset {bad + bom}"), null,
                string.Create(CultureInfo.InvariantCulture, $"expected UTF-8 text, got byte 0x{bytes[bad + bom]:X2} (save the file as UTF-8)"));
        }

        return bom == 0 ? bytes : bytes[bom..];
    }

    /// <summary>Offset of the first byte that does not start a valid UTF-8 sequence, or null when all of it is UTF-8.</summary>
    internal static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    private static bool HasBom(byte[] b) => b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;

    private static bool IsOnlyBom(byte[] b) => b.Length == 3 && HasBom(b);
}
