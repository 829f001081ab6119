using System.Text.Json;
using Planner.Geo.Crs;

namespace Planner.Geo.Formats;

/// <summary>
/// Reads a GeoJSON FeatureCollection (or a single Feature) into <see cref="SourceFeature"/>s. RFC 7946: coordinates
/// are lon/lat (EPSG:4326, x = lon). A legacy <c>crs</c> member (<c>{"type":"name","properties":{"name":
/// "urn:ogc:def:crs:EPSG::25832"}}</c>, <c>EPSG:25832</c> or OGC CRS84) names another CRS; it must be supported.
/// </summary>
internal static class GeoJsonFeatureReader
{
    public static SourceLayer Read(string path, string expectedWhat)
    {
        using var doc = JsonInput.Parse(path, expectedWhat);
        return Read(path, doc.RootElement, expectedWhat);
    }

    public static SourceLayer Read(string path, JsonElement root, string expectedWhat)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw Fail.Input(path, null, "type", $"expected a GeoJSON FeatureCollection ({expectedWhat}), got {GeoJsonGeometryParser.Kind(root)}");
        }

        var epsg = DeclaredCrs(path, root);
        var features = new List<SourceFeature>();
        switch (type.GetString())
        {
            case "FeatureCollection":
                if (!root.TryGetProperty("features", out var fs) || fs.ValueKind != JsonValueKind.Array)
                {
                    throw Fail.Input(path, null, "features", "expected a \"features\" array");
                }

                var n = 0;
                foreach (var f in fs.EnumerateArray())
                {
                    features.Add(Feature(path, ++n, f));
                }

                break;
            case "Feature":
                features.Add(Feature(path, 1, root));
                break;
            default:
                throw Fail.Input(path, null, "type", $"expected \"FeatureCollection\" ({expectedWhat}), got \"{type.GetString()}\"");
        }

        return new SourceLayer(path, epsg, features) { CrsDeclared = root.TryGetProperty("crs", out var c) && c.ValueKind != JsonValueKind.Null };
    }

    /// <summary>
    /// A layer that names no CRS but whose coordinates are all far outside degrees (|x| or |y| > 1000) is in projected
    /// metres: read in <paramref name="workingEpsg"/> when that is given (with a warning), else left for the area check to
    /// reject with a hint.
    /// </summary>
    public static SourceLayer UndeclaredMetres(SourceLayer layer, int? workingEpsg, ICollection<string> warnings)
    {
        if (layer.CrsDeclared || workingEpsg is not { } epsg || CrsRegistry.Describe(epsg).IsGeographic || layer.Features.Count == 0)
        {
            return layer;
        }

        var metres = layer.Features.Where(f => f.Geometry is { IsEmpty: false })
            .All(f => f.Geometry!.Coordinates.All(p => Math.Abs(p.X) > 1000 || Math.Abs(p.Y) > 1000));
        if (!metres)
        {
            return layer;
        }

        warnings.Add($"{layer.File}: names no CRS and its coordinates are metres, not lon/lat: read in EPSG:{epsg} (the working CRS)");
        return layer with { Epsg = epsg };
    }

    private static int DeclaredCrs(string path, JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return CrsRegistry.Wgs84;
        }

        string? text = null;
        if (crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            if (p.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
            {
                text = name.GetString();
            }
            else if (p.TryGetProperty("code", out var code) && code.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            {
                text = code.ValueKind == JsonValueKind.Number ? code.GetRawText() : code.GetString();
            }
        }

        if (text is null)
        {
            throw Fail.Input(path, null, "crs", "expected a crs member like {\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}}");
        }

        try
        {
            return CrsRegistry.ParseSupported(text);
        }
        catch (DomainRuleException ex)
        {
            throw Fail.Input(path, null, "crs", ex.Message);
        }
    }

    private static SourceFeature Feature(string path, int number, JsonElement f)
    {
        if (f.ValueKind != JsonValueKind.Object)
        {
            throw Fail.Input(path, $"feature {number}", null, $"expected a Feature object, got {GeoJsonGeometryParser.Kind(f)}");
        }

        string? featureId = null;
        if (f.TryGetProperty("id", out var idEl))
        {
            featureId = idEl.ValueKind switch
            {
                JsonValueKind.String => idEl.GetString(),
                JsonValueKind.Number => idEl.GetRawText(),
                _ => null,
            };
        }

        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (f.TryGetProperty("properties", out var p))
        {
            if (p.ValueKind == JsonValueKind.Object)
            {
                foreach (var prop in p.EnumerateObject())
                {
                    props[prop.Name] = Value(prop.Value);
                }
            }
            else if (p.ValueKind != JsonValueKind.Null)
            {
                throw Fail.Input(path, $"feature {number}", "properties", $"expected an object, got {GeoJsonGeometryParser.Kind(p)}");
            }
        }

        NetTopologySuite.Geometries.Geometry? geometry = null;
        if (f.TryGetProperty("geometry", out var g))
        {
            try
            {
                geometry = GeoJsonGeometryParser.Parse(g);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                throw Fail.Input(path, Locations.Feature(number, props, featureId), "geometry", ex.Message);
            }
        }

        return new SourceFeature(number, geometry, props, featureId);
    }

    private static object? Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when v.TryGetInt64(out var l) => l,
        JsonValueKind.Number when v.TryGetDouble(out var d) && double.IsFinite(d) => d,
        JsonValueKind.Number => new OtherValue("the number", v.GetRawText()),
        JsonValueKind.Array => new OtherValue("an array", v.GetRawText()),
        _ => new OtherValue("an object", v.GetRawText()),
    };
}

/// <summary>How features and lines are named in messages.</summary>
internal static class Locations
{
    /// <summary>"feature 3 (id \"c3\")", or "feature 3" when no id is known.</summary>
    public static string Feature(int number, IReadOnlyDictionary<string, object?> props, string? featureId)
    {
        var id = props.TryGetValue("id", out var v) && v is string or long ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : featureId;
        return string.IsNullOrWhiteSpace(id) ? $"feature {number}" : $"feature {number} (id \"{id}\")";
    }

    public static string Feature(SourceFeature f) => Feature(f.Number, f.Properties, f.FeatureId);
}
