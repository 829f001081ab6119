using System.Globalization;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Turns Polygon/MultiPolygon features into <see cref="Zone"/>s: <c>kind</c> (required, a contract name),
/// <c>operator_id</c>, <c>name</c>, <c>business_type</c> (a type § 2 stk. 1 nr. 3 lists, or other), <c>source</c>; id from <c>id</c>, the feature id, else "z{feature number}".
/// </summary>
internal static class ZoneFeatureMapper
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "kind", "operator_id", "name", "description", "business_type", "source",
    };

    public static ReadLayer<Zone> Map(SourceLayer layer, ICollection<string> warnings)
    {
        var result = new List<Located<Zone>>(layer.Features.Count);
        foreach (var f in layer.Features)
        {
            var location = Locations.Feature(f);
            var r = new FieldReader(layer.File, location, f.Properties);
            var id = r.String("id") ?? f.FeatureId ?? string.Create(CultureInfo.InvariantCulture, $"z{f.Number}");
            var kindText = r.String("kind") ?? throw r.Error("kind", $"expected one of {ZoneKinds.AllNames}, got nothing");
            if (!ZoneKinds.TryParse(kindText, out var kind))
            {
                throw r.Error("kind", $"expected one of {ZoneKinds.AllNames}, got \"{kindText}\"");
            }

            var area = GeometryChecks.Polygonal(f.Geometry, layer.File, location, warnings);
            GeometryChecks.RequireInArea(area, layer.Epsg, layer.File, location);
            BusinessType? businessType = null;
            if (r.String("business_type") is { } typeText)
            {
                businessType = BusinessTypes.TryParse(typeText, out var t)
                    ? t
                    : throw r.Error("business_type", $"expected one of {BusinessTypes.AllNames}, got \"{typeText}\"");
            }

            result.Add(new Located<Zone>(location, new Zone(id, kind, area, r.String("operator_id"), r.String("name")) { BusinessType = businessType, Source = r.String("source") }));
        }

        UnknownProperties.Warn(layer, Known, warnings);
        return new ReadLayer<Zone>(layer.File, layer.Epsg, result);
    }
}
