using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Turns features with the contract's camera properties into <see cref="Camera"/>s (coordinates stay in the file's CRS).
/// A <c>model</c> fills the optics the feature does not state (resolution, hfov at the wide end, vfov, range, ptz); an
/// explicit <c>hfov_deg</c> must lie in the model's range. Without <c>heading_deg</c> the heading is unknown
/// (<see cref="Camera.HeadingKnown"/> false, placeholder 0) and a warning says so, except for PTZ cameras, which look all round.
/// </summary>
internal static class CameraFeatureMapper
{
    /// <summary>Property names read: the attribute table's, plus <c>name</c> and <c>description</c>, which GIS exports carry and nothing needs.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(CameraAttributes.Names.Append("name").Append("description"), StringComparer.OrdinalIgnoreCase);

    public static ReadLayer<Camera> Map(SourceLayer layer, Func<CameraCatalogue> catalogue, ICollection<string> warnings)
    {
        var cameras = new List<Located<Camera>>(layer.Features.Count);
        var noHeading = new List<string>();
        foreach (var f in layer.Features)
        {
            var camera = Map(layer.File, layer.Epsg, f, catalogue);
            cameras.Add(camera);
            if (!camera.Item.HeadingKnown && !camera.Item.Optics.Ptz)
            {
                noHeading.Add(camera.Item.Id);
            }
        }

        if (noHeading.Count > 0)
        {
            warnings.Add($"{layer.File}: {noHeading.Count} camera(s) without heading_deg (e.g. \"{noHeading[0]}\"): heading unknown, drawn facing north as a placeholder");
        }

        UnknownProperties.Warn(layer, Known, warnings);
        return new ReadLayer<Camera>(layer.File, layer.Epsg, cameras);
    }

    private static Located<Camera> Map(string file, int epsg, SourceFeature f, Func<CameraCatalogue> catalogue)
    {
        var location = Locations.Feature(f);
        var point = PointOf(f.Geometry, file, location);
        GeometryChecks.RequireInArea(point, epsg, file, location);
        var r = new FieldReader(file, location, f.Properties);
        var id = r.String("id") ?? f.FeatureId ?? throw r.Error("id", "expected a camera id (property \"id\"), got nothing");
        return new Located<Camera>(location, CameraAttributeReader.Read(r, id, point.X, point.Y, catalogue));
    }

    /// <summary>The feature's point: a Point, or a MultiPoint of exactly one point.</summary>
    public static Point PointOf(Geometry? g, string file, string location) => g switch
    {
        Point { IsEmpty: false } p => p,
        MultiPoint { NumGeometries: 1 } mp when !mp.IsEmpty => (Point)mp.GetGeometryN(0),
        null => throw Fail.Input(file, location, "geometry", "expected a Point, got no geometry"),
        { IsEmpty: true } => throw Fail.Input(file, location, "geometry", $"expected a Point, got an empty {g.GeometryType}"),
        _ => throw Fail.Input(file, location, "geometry", $"expected a Point, got a {g.GeometryType}"),
    };
}

/// <summary>One warning per file listing property names no reader uses (a typo such as <c>heading</c> would otherwise pass unseen).</summary>
internal static class UnknownProperties
{
    public static void Warn(SourceLayer layer, IReadOnlySet<string> known, ICollection<string> warnings)
    {
        var unknown = layer.Features.SelectMany(f => f.Properties.Keys)
            .Where(k => !known.Contains(k) && !(k.Length == 10 && known.Any(n => n.StartsWith(k, StringComparison.OrdinalIgnoreCase))))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            warnings.Add($"{layer.File}: properties not used and ignored: {string.Join(", ", unknown.Take(12))}{(unknown.Count > 12 ? ", …" : "")}");
        }
    }
}
