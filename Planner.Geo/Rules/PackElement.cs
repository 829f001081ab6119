using System.Text.Json;

namespace Planner.Geo.Rules;

/// <summary>
/// A JSON element of a rule pack with its JSON path, for validation errors that name the file, the rule (id and
/// index), the field's path and what was expected.
/// </summary>
internal readonly record struct PackElement(JsonElement Element, string File, string? Location, string Path)
{
    public InputException Error(string expected) => new(File, Location, Path, "expected " + expected);

    public PackElement At(string name) => this with { Element = default, Path = Join(name) };

    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    public PackElement Get(string name)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("an object");
        }

        return Element.TryGetProperty(name, out var child)
            ? this with { Element = child, Path = Join(name) }
            : throw At(name).Error("a value (the field is required)");
    }

    public PackElement? Optional(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null
            ? this with { Element = child, Path = Join(name) }
            : null;

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Element.GetString()))
        {
            throw Error("a non-empty string");
        }

        return Element.GetString()!;
    }

    public double Number()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            throw Error("a number");
        }

        return d;
    }

    public bool Bool() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error("true or false"),
    };

    public IReadOnlyList<PackElement> Array(bool nonEmpty)
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error("an array");
        }

        var self = this;
        var items = Element.EnumerateArray().Select((e, i) => self with { Element = e, Path = $"{self.Path}[{i}]" }).ToList();
        return nonEmpty && items.Count == 0 ? throw Error("a non-empty array") : items;
    }

    public IReadOnlyList<(string Name, PackElement Value)> Properties()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("an object");
        }

        var self = this;
        return [.. Element.EnumerateObject().Select(p => (p.Name, self with { Element = p.Value, Path = self.Join(p.Name) }))];
    }

    /// <summary>Rejects properties not in <paramref name="allowed"/> (typos would otherwise pass silently).</summary>
    public void OnlyProperties(params string[] allowed)
    {
        foreach (var (name, value) in Properties())
        {
            if (!allowed.Contains(name))
            {
                throw value.Error($"no such field (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    private string Join(string name) => string.IsNullOrEmpty(Path) ? name : $"{Path}.{name}";
}
