using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Tests.Support;

namespace Planner.Tests.Formats;

/// <summary>Real public data from ../shared/data (see its README for sources and licences).</summary>
public sealed partial class RealDataTests
{
    private static readonly string Buildings = "copenhagen-indre-by/buildings.geojson";
    private static readonly string Kommuner = "dagi/kommuner.geojson";
    private static readonly string Overpass = "osm-surveillance-ch/sample_overpass_raw.json";
    private static readonly string OsmGeoJson = "osm-surveillance-ch/switzerland_surveillance.geojson";

    [SharedDataFact]
    public void CopenhagenBuildings_Load_All1255WithHeightsAndNoDataAsUnknown()
    {
        var path = TestPaths.Shared(Buildings);
        var result = PlanFileLoader.Load(new PlanFiles(Buildings: path), new PlanLoadOptions());

        // Independent truth: the raw file's height per osmid.
        using var raw = JsonDocument.Parse(File.ReadAllBytes(path));
        var heights = raw.RootElement.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("properties").GetProperty("osmid").GetInt64().ToString(CultureInfo.InvariantCulture),
            f => f.GetProperty("properties").GetProperty("height").GetDouble());
        var noData = heights.Values.Count(h => h <= 0.5);

        Assert.Equal(CrsRegistry.Etrs89Utm32, result.Plan.Epsg);
        Assert.Equal(1255, result.Plan.Buildings.Count);
        Assert.Equal(9, noData); // counted from the raw file: 9 of 1,255 heights are ≤ 0.5 m (no data)
        Assert.Equal(noData, result.Plan.Buildings.Count(b => b.HeightM is null));
        Assert.All(result.Plan.Buildings.Where(b => b.HeightM is not null), b => Assert.Equal(heights[b.Id], b.HeightM!.Value, 9));
        Assert.Contains(result.Warnings, w => w.Contains("9 building(s) with height ≤ 0.5 m", StringComparison.Ordinal));
        // Indre By lies around E 724,000, N 6,176,000 in EPSG:25832.
        var env = new Envelope();
        result.Plan.Buildings.ToList().ForEach(b => env.ExpandToInclude(b.Footprint.EnvelopeInternal));
        Assert.InRange(env.Centre.X, 722_000, 726_000);
        Assert.InRange(env.Centre.Y, 6_174_000, 6_178_000);
    }

    [SharedDataFact]
    public void DagiMunicipalities_ReadDespiteDummyThirdCoordinate_CopenhagenContainsTheBuildings()
    {
        var layer = GeoJsonFeatureReader.Read(TestPaths.Shared(Kommuner), "municipalities");
        Assert.Equal(311, layer.Features.Count);
        Assert.Equal(CrsRegistry.Wgs84, layer.Epsg);
        var warnings = new List<string>();
        var polygons = layer.Features.Select(f => GeometryChecks.Polygonal(f.Geometry, layer.File, Locations.Feature(f), warnings)).ToList();
        // The −999 third value is dropped: every coordinate is 2D lon/lat inside Denmark.
        Assert.All(polygons.SelectMany(p => p.Coordinates), c =>
        {
            Assert.True(double.IsNaN(c.Z));
            Assert.InRange(c.X, 8, 15.3);
            Assert.InRange(c.Y, 54.5, 57.8);
        });
        Assert.Equal(99, layer.Features.Select(f => (string)f.Properties["KOMNAVN"]!).Distinct().Count());

        var copenhagenParts = layer.Features.Where(f => (string?)f.Properties["KOMNAVN"] == "København")
            .Select(f => CrsRegistry.Transform(f.Geometry!, CrsRegistry.Wgs84, CrsRegistry.Etrs89Utm32)).ToList();
        Assert.Equal(7, copenhagenParts.Count);
        var copenhagen = UnaryUnionOp.Union(copenhagenParts);

        var buildings = PlanFileLoader.Load(new PlanFiles(Buildings: TestPaths.Shared(Buildings)), new PlanLoadOptions()).Plan.Buildings;
        Assert.Equal(1255, buildings.Count);
        var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(copenhagen);
        var outside = buildings.Where(b => !prepared.Contains(b.Footprint)).Select(b => b.Id).ToList();
        Assert.Empty(outside);
    }

    [SharedDataFact]
    public void SwissOsmCameras_OverpassAndGeoJson_ImportAll2144NodesIdentically()
    {
        // Every node, indoor, webcam and fake ones included (skipped by default since issue 14).
        var all = new PlanLoadOptions { KeepAllOsmCameras = true };
        var fromOverpass = PlanFileLoader.Load(new PlanFiles(Cameras: TestPaths.Shared(Overpass)), all).Plan;
        var fromGeoJson = PlanFileLoader.Load(new PlanFiles(Cameras: TestPaths.Shared(OsmGeoJson)), all).Plan;

        // Switzerland's centre (≈ 8.2°E) is in UTM zone 32N.
        Assert.Equal(32632, fromOverpass.Epsg);
        Assert.Equal(32632, fromGeoJson.Epsg);
        Assert.Equal(2144, fromOverpass.Cameras.Select(c => NodeOf(c.Id)).Distinct().Count());
        Assert.Equal(fromOverpass.Cameras.Count, fromGeoJson.Cameras.Count);
        var byId = fromGeoJson.Cameras.ToDictionary(c => c.Id);
        Assert.All(fromOverpass.Cameras, a =>
        {
            var b = byId[a.Id];
            Assert.Equal(a.X, b.X, 1e-6);
            Assert.Equal(a.Y, b.Y, 1e-6);
            Assert.Equal(a.Optics, b.Optics);
            Assert.Equal(a.HeadingKnown, b.HeadingKnown);
            Assert.Equal(a.OperatorId, b.OperatorId);
            Assert.Equal(a.SurveillanceZone, b.SurveillanceZone);
        });
    }

    [SharedDataFact]
    public void SwissOsmCameras_EveryDirectionForm_IsParsedAsComputedFromTheRawTags()
    {
        var path = TestPaths.Shared(Overpass);
        using var raw = JsonDocument.Parse(File.ReadAllBytes(path));
        var expected = new Dictionary<string, List<(double Heading, double? Width)>>();
        int numeric = 0, compass = 0, range = 0, list = 0, none = 0;
        foreach (var e in raw.RootElement.EnumerateArray())
        {
            var id = "node/" + e.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
            var tags = e.TryGetProperty("tags", out var t) ? t : default;
            string? value = null;
            if (tags.ValueKind == JsonValueKind.Object)
            {
                value = tags.TryGetProperty("camera:direction", out var cd) ? cd.GetString() : tags.TryGetProperty("direction", out var d) ? d.GetString() : null;
            }

            if (value is null)
            {
                none++;
                continue;
            }

            var v = value.Trim();
            if (NumericForm().IsMatch(v))
            {
                numeric++;
                expected[id] = [(Mod(double.Parse(v.TrimEnd('°'), CultureInfo.InvariantCulture)), null)];
            }
            else if (WordForm().IsMatch(v))
            {
                compass++;
                expected[id] = [(CompassTable[v.ToLowerInvariant()], null)];
            }
            else if (RangeForm().Match(v) is { Success: true } m)
            {
                range++;
                double a = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), b = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                var width = Mod(b - a);
                expected[id] = [(Mod(a + (width / 2)), width)];
            }
            else if (v.Contains(';', StringComparison.Ordinal) || v.Contains(',', StringComparison.Ordinal))
            {
                list++;
                expected[id] = [.. v.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => (Mod(double.Parse(p, CultureInfo.InvariantCulture)), (double?)null))];
            }
            else
            {
                Assert.Fail($"the test does not know the direction form of {id}: \"{v}\"");
            }
        }

        // The forms as they occur in the 2023 extract (counted by the classification above).
        Assert.Equal(2144, numeric + compass + range + list + none);
        Assert.Equal((520, 6, 1, 2, 1615), (numeric, compass, range, list, none));

        // In the file's own lon/lat (before the working CRS rotates headings to grid north).
        var warnings = new List<string>();
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var cameras = OsmCameraMapper.Map(OverpassReader.Read(path, doc.RootElement, warnings), warnings, new OsmCameraOptions(Planner.Geo.OpenData.OsmOperatorMap.Empty, KeepAll: true)).Items.Select(i => i.Item).ToList();
        var byNode = cameras.GroupBy(c => NodeOf(c.Id)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(2144, byNode.Count);
        foreach (var (id, sectors) in expected)
        {
            var got = byNode[id];
            Assert.Equal(sectors.Count, got.Count);
            for (var k = 0; k < sectors.Count; k++)
            {
                Assert.True(got[k].HeadingKnown, id);
                Assert.Equal(sectors[k].Heading, got[k].Optics.HeadingDeg, 1e-9);
                if (sectors[k].Width is { } w)
                {
                    Assert.Equal(w, got[k].Optics.HfovDeg, 1e-9);
                }
            }
        }

        Assert.Equal(none, byNode.Count(g => !g.Value[0].HeadingKnown));
        Assert.Equal(numeric + compass + range + list, byNode.Count(g => g.Value.All(c => c.HeadingKnown)));
    }

    private static readonly Dictionary<string, double> CompassTable = new()
    {
        ["n"] = 0, ["nne"] = 22.5, ["ne"] = 45, ["ene"] = 67.5, ["e"] = 90, ["ese"] = 112.5, ["se"] = 135, ["sse"] = 157.5,
        ["s"] = 180, ["ssw"] = 202.5, ["sw"] = 225, ["wsw"] = 247.5, ["w"] = 270, ["wnw"] = 292.5, ["nw"] = 315, ["nnw"] = 337.5,
        ["north"] = 0, ["east"] = 90, ["south"] = 180, ["west"] = 270, ["northeast"] = 45, ["southeast"] = 135, ["southwest"] = 225, ["northwest"] = 315,
    };

    private static double Mod(double d) => ((d % 360) + 360) % 360;

    private static string NodeOf(string id) => id.Split('#')[0];

    [GeneratedRegex(@"^-?\d+(\.\d+)?°?$")]
    private static partial Regex NumericForm();

    [GeneratedRegex(@"^[A-Za-z]+$")]
    private static partial Regex WordForm();

    [GeneratedRegex(@"^(\d+)-(\d+)$")]
    private static partial Regex RangeForm();
}
