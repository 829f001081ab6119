using System.Globalization;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Turns Polygon/MultiPolygon features into <see cref="Building"/>s (coordinates stay in the file's CRS). Height from
/// <c>height_m</c>, else <c>height</c> (metres); a height ≤ <see cref="NoDataHeightM"/> m is no data and becomes unknown
/// (null: blocks the view fully). Id from <c>id</c>, the feature id, <c>osmid</c>/<c>osm_id</c>, else "b{feature number}".
/// </summary>
internal static class BuildingFeatureMapper
{
    /// <summary>Heights at or below this (metres) are no-data values (e.g. LiDAR surface minus terrain of a missing footprint).</summary>
    public const double NoDataHeightM = 0.5;

    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "height_m", "height", "osmid", "osm_id", "name",
    };

    public static ReadLayer<Building> Map(SourceLayer layer, ICollection<string> warnings)
    {
        var result = new List<Located<Building>>(layer.Features.Count);
        var noData = 0;
        foreach (var f in layer.Features)
        {
            var location = Locations.Feature(f);
            var r = new FieldReader(layer.File, location, f.Properties);
            var id = r.String("id") ?? f.FeatureId ?? r.String("osmid") ?? r.String("osm_id") ?? string.Create(CultureInfo.InvariantCulture, $"b{f.Number}");
            var field = r.Has("height_m") ? "height_m" : "height";
            var height = r.Number(field);
            if (height is <= NoDataHeightM)
            {
                noData++;
                height = null;
            }
            else if (height is > PlausibleRanges.MaxHeightM)
            {
                throw r.Error(field, $"expected a height in metres up to {PlausibleRanges.MaxHeightM}, got {height.Value.ToString(CultureInfo.InvariantCulture)}");
            }

            var footprint = GeometryChecks.Polygonal(f.Geometry, layer.File, location, warnings);
            GeometryChecks.RequireInArea(footprint, layer.Epsg, layer.File, location);
            result.Add(new Located<Building>(location, new Building(id, footprint, height)));
        }

        if (noData > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{layer.File}: {noData} building(s) with height ≤ {NoDataHeightM} m (no data): height unknown, they block the view fully"));
        }

        UnknownProperties.Warn(layer, Known, warnings);
        return new ReadLayer<Building>(layer.File, layer.Epsg, result);
    }
}
