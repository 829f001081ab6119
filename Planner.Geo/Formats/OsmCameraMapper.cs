using System.Globalization;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Maps OpenStreetMap surveillance nodes (tags as properties; from Overpass JSON or GeoJSON) to cameras, coordinates
/// unchanged (lon/lat). Tags: <c>camera:direction</c>, else <c>direction</c> (see <see cref="OsmDirection"/>; a range
/// gives heading and hfov); <c>camera:angle</c> → tilt (degrees down from horizontal, [−90, 90]); <c>height</c> →
/// mount height (metres, "5 m" accepted); <c>camera:type</c> dome, panning or 360 → ptz (hfov 360);
/// <c>operator</c> → operator_id (the operator's name) and, through the operator mapping
/// (<see cref="OpenData.OsmOperatorMap"/>, <c>operator:type</c> first), the operator type where a rule matches;
/// <c>surveillance:zone</c> → surveillance zone.
/// <para>No invented precision: a node without a readable direction gets heading unknown
/// (<see cref="Camera.HeadingKnown"/> false, placeholder 0) and the contract's default hfov 90° (ptz: 360°). A value
/// that cannot be read (e.g. <c>camera:angle=360</c>) falls back to the contract default with a warning; a node is never
/// dropped. A list of directions (<c>90;160;270</c>) gives one camera per direction, ids <c>node/1#1</c>, <c>node/1#2</c>, ….</para>
/// </summary>
internal sealed record OsmCameraOptions(OpenData.OsmOperatorMap Operators, bool KeepAll)
{
    public static OsmCameraOptions Default { get; } = new(OpenData.OsmOperatorMap.Empty, false);
}

internal static class OsmCameraMapper
{
    /// <summary>True when the features look like OSM surveillance nodes (OSM tags, no contract heading).</summary>
    public static bool LooksLikeOsm(SourceLayer layer) =>
        layer.Features.Any(f => f.Properties.Keys.Any(k => k is "man_made" or "surveillance" || k.StartsWith("surveillance:", StringComparison.Ordinal) || k.StartsWith("camera:", StringComparison.Ordinal)))
        && !layer.Features.Any(f => f.Properties.ContainsKey("heading_deg") || f.Properties.ContainsKey("hfov_deg"));

    public static ReadLayer<Camera> Map(SourceLayer layer, ICollection<string> warnings) => Map(layer, warnings, OsmCameraOptions.Default);

    /// <summary>
    /// As <see cref="Map(SourceLayer, ICollection{string})"/>, with operator types from <see cref="OsmCameraOptions.Operators"/>
    /// and cameras that film no public space or are not cameras (indoor, webcam, fake) skipped unless
    /// <see cref="OsmCameraOptions.KeepAll"/>, with one warning that counts them per reason.
    /// </summary>
    public static ReadLayer<Camera> Map(SourceLayer layer, ICollection<string> warnings, OsmCameraOptions options)
    {
        var cameras = new List<Located<Camera>>(layer.Features.Count);
        var notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var typed = 0;
        var named = 0;
        foreach (var f in layer.Features)
        {
            var id = f.FeatureId ?? (Tag(f, "osm_id") is { } osmId ? "node/" + osmId : string.Create(CultureInfo.InvariantCulture, $"osm-{f.Number}"));
            if (!options.KeepAll && SkipReason(f) is { } reason)
            {
                Note(skipped, reason, id);
                continue;
            }

            var operatorType = options.Operators.TypeOf(f.Properties);
            named += Tag(f, "operator") is null ? 0 : 1;
            typed += operatorType is null ? 0 : 1;
            var location = $"feature {f.Number} ({id})";
            var point = CameraFeatureMapper.PointOf(f.Geometry, layer.File, location);
            GeometryChecks.RequireInArea(point, layer.Epsg, layer.File, location);

            var ptz = (Tag(f, "camera:type") ?? "").Split(';', StringSplitOptions.TrimEntries)
                .Any(v => v.Equals("dome", StringComparison.OrdinalIgnoreCase) || v.Equals("panning", StringComparison.OrdinalIgnoreCase) || v == "360");
            var directionTag = Tag(f, "camera:direction") is not null ? "camera:direction" : "direction";
            var directionText = Tag(f, directionTag);
            IReadOnlyList<OsmSector> sectors = [];
            if (directionText is not null && !OsmDirection.TryParse(directionText, out _, out sectors))
            {
                Note(notes, $"unreadable {directionTag} (heading unknown)", $"{id} \"{directionText}\"");
            }

            var tilt = Number(f, "camera:angle", -90, 90, notes, id, $"camera:angle outside [-90, 90] or not a number (tilt {CameraOptics.DefaultTiltDeg}° used)");
            var height = Number(f, "height", 0, 500, notes, id, $"height not a number of metres (mount height {CameraOptics.DefaultHeightM} m used)");

            var withId = sectors.Count > 1;
            var targets = sectors.Count == 0 ? [new OsmSector(0, null)] : sectors;
            for (var k = 0; k < targets.Count; k++)
            {
                var s = targets[k];
                var hfov = s.WidthDeg ?? (ptz ? 360 : CameraOptics.DefaultHfovDeg);
                var optics = CameraOptics.Create(s.HeadingDeg, hfov, null, CameraOptics.DefaultRangeM,
                    height ?? CameraOptics.DefaultHeightM, tilt ?? CameraOptics.DefaultTiltDeg, CameraOptics.DefaultResolutionPx, ptz);
                var cameraId = withId ? string.Create(CultureInfo.InvariantCulture, $"{id}#{k + 1}") : id;
                cameras.Add(new Located<Camera>(location, new Camera(cameraId, point.X, point.Y, optics)
                {
                    HeadingKnown = sectors.Count > 0,
                    OperatorId = Tag(f, "operator"),
                    Operator = operatorType?.Type,
                    SurveillanceZone = Tag(f, "surveillance:zone"),
                }));
            }

            if (withId)
            {
                Note(notes, "several directions (one camera per direction, ids …#1, #2)", $"{id} \"{directionText}\"");
            }
        }

        foreach (var (what, examples) in notes)
        {
            warnings.Add($"{layer.File}: {examples.Count} OSM node(s) with {what}: {string.Join(", ", examples.Take(3))}{(examples.Count > 3 ? ", …" : "")}");
        }

        if (skipped.Count > 0)
        {
            var total = skipped.Values.Sum(v => v.Count);
            var parts = skipped.OrderByDescending(p => p.Value.Count).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value.Count} {p.Key}"));
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{layer.File}: {total} OSM camera(s) skipped as filming no public space or not being cameras: {string.Join(", ", parts)} (e.g. {string.Join(", ", skipped.Values.SelectMany(v => v).Take(3))}); they can be kept on request"));
        }

        if (named > typed)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{layer.File}: {named - typed} of {named} OSM camera operator name(s) match no rule of the operator mapping: operator type unknown, those cameras are not checked against the rules"));
        }

        var noDirection = cameras.Count(c => !c.Item.HeadingKnown);
        if (noDirection > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{layer.File}: {noDirection} of {cameras.Count} OSM camera(s) without a direction: heading unknown (PTZ/dome ones look all round)"));
        }

        return new ReadLayer<Camera>(layer.File, layer.Epsg, cameras);
    }

    /// <summary>indoor (surveillance=indoor, indoor=yes), webcam (surveillance, surveillance:type or camera:type = webcam), fake (surveillance=fake, fake=yes), guard (surveillance:type=guard: a person, not a camera); else null.</summary>
    private static string? SkipReason(SourceFeature f)
    {
        var surveillance = Tag(f, "surveillance")?.ToLowerInvariant();
        var type = Tag(f, "surveillance:type")?.ToLowerInvariant();
        if (surveillance == "fake" || type == "fake" || Tag(f, "fake") == "yes")
        {
            return "fake";
        }

        if (surveillance == "webcam" || type == "webcam" || Tag(f, "camera:type")?.ToLowerInvariant() == "webcam")
        {
            return "webcam";
        }

        if (surveillance == "indoor" || Tag(f, "indoor") == "yes")
        {
            return "indoor";
        }

        return type == "guard" ? "guard (not a camera)" : null;
    }

    private static double? Number(SourceFeature f, string tag, double min, double max, Dictionary<string, List<string>> notes, string id, string what)
    {
        var text = Tag(f, tag);
        if (text is null)
        {
            return null;
        }

        var t = text.Trim().TrimEnd('°').Trim();
        if (t.EndsWith('m'))
        {
            t = t[..^1].Trim();
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= min && v <= max)
        {
            return v;
        }

        Note(notes, what, $"{id} \"{text}\"");
        return null;
    }

    private static string? Tag(SourceFeature f, string key) =>
        f.Properties.TryGetValue(key, out var v) && v is not null
            ? (v is string s ? (string.IsNullOrWhiteSpace(s) ? null : s) : Convert.ToString(v, CultureInfo.InvariantCulture))
            : null;

    private static void Note(Dictionary<string, List<string>> notes, string what, string example)
    {
        if (!notes.TryGetValue(what, out var list))
        {
            notes[what] = list = [];
        }

        list.Add(example);
    }
}
