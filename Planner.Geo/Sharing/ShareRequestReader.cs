using System.Globalization;
using System.Text.Json;

namespace Planner.Geo.Sharing;

/// <summary>
/// Reads a sharing request JSON object: <c>offence</c> (string), <c>property_crime</c> (bool), <c>amount_dkk</c>
/// (number, optional), <c>occurred_at</c> and <c>reported_at</c> (ISO 8601; <c>reported_at</c> null or absent = not
/// reported; a time without offset is Europe/Copenhagen local time), <c>repeat_offending_expected</c> (bool),
/// <c>repeat_reasons</c> (string, optional), <c>closed_system</c> (bool), <c>datatilsynet_permission</c> (bool),
/// <c>permission_reference</c> (string, optional). Errors name the file, the field and what was expected.
/// </summary>
public static class ShareRequestReader
{
    private static readonly string[] Fields =
    [
        "offence", "property_crime", "amount_dkk", "occurred_at", "reported_at", "repeat_offending_expected",
        "repeat_reasons", "closed_system", "datatilsynet_permission", "permission_reference",
    ];

    public static ShareRequest Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(path, null, null, "is a folder; expected a sharing request JSON file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "the request file does not exist");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(Formats.InputFile.ReadAllBytes(path, "a sharing request JSON object"));
        }
        catch (JsonException ex)
        {
            throw new InputException(path, ex.LineNumber is { } l ? $"line {l + 1}" : null, null, "expected valid JSON");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(path, null, null, "expected a JSON object (a sharing request)");
            }

            foreach (var p in root.EnumerateObject())
            {
                if (!Fields.Contains(p.Name))
                {
                    throw new InputException(path, null, p.Name, $"no such field (allowed: {string.Join(", ", Fields)})");
                }
            }

            // Fields are read in the documented order, so the first problem reported is the first in the file's contract.
            var offence = Text(path, root, "offence") ?? throw new InputException(path, null, "offence", "expected a non-empty string (the field is required)");
            var propertyCrime = Bool(path, root, "property_crime");
            var amount = Optional(root, "amount_dkk") is { } a
                ? a.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out var d) && d is >= 0 and <= PlausibleRanges.MaxAmountDkk ? d : throw new InputException(path, null, "amount_dkk", $"expected a number in [0, {PlausibleRanges.MaxAmountDkk}] (kroner)")
                : (decimal?)null;
            var occurred = Time(path, root, "occurred_at") ?? throw new InputException(path, null, "occurred_at", "expected an ISO 8601 time (the field is required)");
            return new ShareRequest
            {
                Offence = offence,
                PropertyCrime = propertyCrime,
                AmountDkk = amount,
                OccurredAt = occurred,
                ReportedAt = Time(path, root, "reported_at"),
                RepeatOffendingExpected = Bool(path, root, "repeat_offending_expected"),
                RepeatReasons = Text(path, root, "repeat_reasons"),
                ClosedSystem = Bool(path, root, "closed_system"),
                DatatilsynetPermission = Bool(path, root, "datatilsynet_permission"),
                PermissionReference = Text(path, root, "permission_reference"),
            };
        }
    }

    /// <summary>Parses an ISO 8601 time; without an offset it is Europe/Copenhagen local time (<see cref="Formats.CopenhagenTime"/>).</summary>
    public static DateTimeOffset ParseTime(string text, string file, string field)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var dto) && HasOffset(text))
        {
            return InRange(dto.DateTime, text, file, field) ? dto : throw OutOfRange(text, file, field);
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local))
        {
            return InRange(local, text, file, field) ? Formats.CopenhagenTime.FromLocal(local) : throw OutOfRange(text, file, field);
        }

        throw new InputException(file, null, field, $"expected an ISO 8601 time such as 2025-01-31T14:05:00+01:00, got \"{text}\"");
    }

    private static bool InRange(DateTime local, string text, string file, string field) =>
        DateOnly.FromDateTime(local) is var d && d >= PlausibleRanges.FirstDate && d <= PlausibleRanges.LastDate;

    private static InputException OutOfRange(string text, string file, string field) =>
        new(file, null, field, $"expected a time from {PlausibleRanges.FirstDate:yyyy-MM-dd} to {PlausibleRanges.LastDate:yyyy-MM-dd}, got \"{text}\"");

    private static bool HasOffset(string text)
    {
        var t = text.Trim();
        var timePart = t.Contains('T', StringComparison.Ordinal) ? t[(t.IndexOf('T', StringComparison.Ordinal) + 1)..] : "";
        return t.EndsWith('Z') || timePart.Contains('+', StringComparison.Ordinal) || timePart.Contains('-', StringComparison.Ordinal);
    }

    private static JsonElement? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? e : null;

    private static string? Text(string path, JsonElement root, string name) => Optional(root, name) is { } e
        ? e.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.GetString()) ? e.GetString() : throw new InputException(path, null, name, "expected a non-empty string")
        : null;

    private static bool Bool(string path, JsonElement root, string name) => Optional(root, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        null => throw new InputException(path, null, name, "expected true or false (the field is required)"),
        _ => throw new InputException(path, null, name, "expected true or false"),
    };

    private static DateTimeOffset? Time(string path, JsonElement root, string name) => Optional(root, name) is { } e
        ? e.ValueKind == JsonValueKind.String ? ParseTime(e.GetString()!, path, name) : throw new InputException(path, null, name, "expected an ISO 8601 time string")
        : null;
}
