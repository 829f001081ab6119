using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Tests.Support;

namespace Planner.Tests.Formats;

/// <summary>
/// The bad-input corpus (Planner.Tests/Formats/BadInput): every file either fails with one InputException line naming
/// the file, the feature or line, and the field, or loads with a warning naming the feature. Nothing else may escape.
/// </summary>
public sealed class BadInputTests
{
    public static string Corpus(string name) => TestPaths.RepoFile(Path.Combine("Planner.Tests", "Formats", "BadInput", name));

    [Theory]
    [InlineData("truncated.geojson", "cameras", "line 6, column 1: expected valid JSON")]
    [InlineData("nan-literal.geojson", "cameras", "line 3, column 57: expected valid JSON")]
    [InlineData("infinity-literal.geojson", "cameras", "line 3, column 70: expected valid JSON")]
    [InlineData("nan-string.geojson", "cameras", "feature 2 (id \"c2\"): heading_deg: expected a finite number, got \"NaN\"")]
    [InlineData("zero-bytes.geojson", "cameras", "the file is empty (0 bytes)")]
    [InlineData("zero-bytes.csv", "incidents", "the file is empty (0 bytes)")]
    [InlineData("not-geojson.geojson", "buildings", "type: expected \"FeatureCollection\"")]
    [InlineData("wrong-type-heading.geojson", "cameras", "feature 2 (id \"c2\"): heading_deg: expected a finite number, got \"north\"")]
    [InlineData("wrong-type-ptz.geojson", "cameras", "feature 2 (id \"c2\"): ptz: expected true or false, got \"maybe\"")]
    [InlineData("wrong-type-coordinates.geojson", "cameras", "feature 2 (id \"c2\"): geometry: expected a number in a position, got the string \"12.5690\"")]
    [InlineData("infinity-number.geojson", "cameras", "feature 2 (id \"c2\"): geometry: expected a finite number in a position, got 1e400")]
    [InlineData("heading-out-of-range.geojson", "cameras", "feature 2 (id \"c2\"): heading_deg: heading_deg must be in [0, 360), got 400")]
    [InlineData("outside-valid-area.geojson", "cameras", "feature 2 (id \"c2\"): geometry: expected coordinates inside the valid area of EPSG:4326")]
    [InlineData("degrees-in-projected-file.geojson", "cameras", "feature 1 (id \"c1\"): geometry: expected coordinates inside the valid area of EPSG:25832")]
    [InlineData("empty-geometry.geojson", "buildings", "feature 2 (id \"b2\"): geometry: expected a non-empty Polygon or MultiPolygon")]
    [InlineData("unclosed-ring.geojson", "buildings", "feature 1 (id \"b1\"): geometry: expected a closed ring")]
    [InlineData("duplicate-ids.geojson", "cameras", "feature 3 (id \"c1\"): id: expected a unique id; \"c1\" is also used by feature 1 (id \"c1\")")]
    [InlineData("unknown-epsg.geojson", "cameras", "unknown-epsg.geojson: crs: crs EPSG:9999 is not supported")]
    [InlineData("missing-id.geojson", "cameras", "feature 2: id: expected a camera id")]
    [InlineData("camera-not-a-point.geojson", "cameras", "feature 1 (id \"c1\"): geometry: expected a Point, got a Polygon")]
    [InlineData("unknown-model.geojson", "cameras", "feature 2 (id \"c2\"): model: expected a key of the camera catalogue")]
    [InlineData("hfov-outside-varifocal.geojson", "cameras", "feature 2 (id \"c2\"): hfov_deg: expected a value in [29, 96] for model \"bullet-4mp-vf-2.8-12mm\", got 120")]
    [InlineData("bad-operator.geojson", "cameras", "feature 2 (id \"c2\"): operator: expected one of municipality, police")]
    [InlineData("zone-bad-kind.geojson", "zones", "feature 2 (id \"z2\"): kind: expected one of public_area")]
    [InlineData("overpass-lat-string.json", "cameras", "element 2 (node/2): lat: expected a finite number, got the string \"47.38\"")]
    [InlineData("incidents-bad-date.csv", "incidents", "line 3 (id \"i2\"): occurred_at: expected an ISO 8601 date and time")]
    [InlineData("incidents-missing-column.csv", "incidents", "line 1: offence: expected a column \"offence\"")]
    [InlineData("incidents-xy-without-crs.csv", "incidents", "line 1: x, y: expected --crs EPSG:n")]
    [InlineData("incidents-bad-number.csv", "incidents", "line 3 (id \"i2\"): lat: expected a number with a decimal point, got \"abc\"")]
    [InlineData("incidents-comma-with-decimal-comma.csv", "incidents", "line 3: expected 5 fields as in the header, got 7 (a decimal comma needs the ; separator)")]
    public void Load_BadFile_FailsWithOneLineNamingFileLocationAndField(string file, string layer, string expected)
    {
        var path = Corpus(file);
        var ex = Assert.Throws<InputException>(() => Load(layer, path));
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("swapped-latlon.geojson", "cameras", "feature 4 (id \"c4\"): geometry: latitude and longitude look swapped", 4)]
    [InlineData("self-intersecting.geojson", "buildings", "feature 2 (id \"bowtie\"): geometry: self-intersection", 2)]
    [InlineData("incidents-semicolon-decimal-comma.csv", "incidents", null, 2)]
    public void Load_RepairableFile_LoadsWithWarningNamingTheFeature(string file, string layer, string? warning, int count)
    {
        var path = Corpus(file);
        var result = Load(layer, path);
        var plan = result.Plan;
        Assert.Equal(count, plan.Cameras.Count + plan.Buildings.Count + plan.Zones.Count + plan.Incidents.Count);
        if (warning is null)
        {
            Assert.Empty(result.Warnings);
        }
        else
        {
            Assert.Contains(result.Warnings, w => w.StartsWith(path + ": ", StringComparison.Ordinal) && w.Contains(warning, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Load_SwappedFeature_IsReadSwappedNextToTheOthers()
    {
        var plan = Load("cameras", Corpus("swapped-latlon.geojson")).Plan;
        var c3 = plan.Cameras.Single(c => c.Id == "c3");
        var c4 = plan.Cameras.Single(c => c.Id == "c4");
        // c4 was given as [55.6772, 12.5712]; swapped it is ~80 m from c3 at [12.5701, 55.6770].
        Assert.InRange(Math.Sqrt(Math.Pow(c4.X - c3.X, 2) + Math.Pow(c4.Y - c3.Y, 2)), 50, 100);
    }

    [Fact]
    public void Load_SelfIntersectingBowTie_IsRepairedIntoTwoTriangles()
    {
        var plan = Load("buildings", Corpus("self-intersecting.geojson")).Plan;
        var bowtie = plan.Buildings.Single(b => b.Id == "bowtie").Footprint;
        Assert.True(bowtie.IsValid);
        Assert.Equal(2, bowtie.NumGeometries);
    }

    [Fact]
    public void Load_SemicolonCsv_ReadsDecimalCommas()
    {
        var plan = Load("incidents", Corpus("incidents-semicolon-decimal-comma.csv")).Plan;
        var i2 = plan.Incidents.Single(i => i.Id == "i2");
        Assert.Equal(1250.50m, i2.AmountDkk);
        var i1 = plan.Incidents.Single(i => i.Id == "i1");
        // 0.0007° lon and 0.0004° lat apart at 55.68°N: ≈ 44 m and 44.5 m, so about 63 m.
        Assert.InRange(Math.Sqrt(Math.Pow(i2.X - i1.X, 2) + Math.Pow(i2.Y - i1.Y, 2)), 58, 68);
    }

    [Fact]
    public void BadInputCorpus_EveryFile_IsCoveredByARow()
    {
        var covered = typeof(BadInputTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            .Select(a => (string)a.GetData(null!).First()[0])
            .ToHashSet();
        var files = Directory.GetFiles(Corpus("")).Select(Path.GetFileName).ToList();
        Assert.All(files, f => Assert.Contains(f!, covered));
    }

    private static PlanLoadResult Load(string layer, string path) => PlanFileLoader.Load(layer switch
    {
        "cameras" => new PlanFiles(Cameras: path),
        "buildings" => new PlanFiles(Buildings: path),
        "zones" => new PlanFiles(Zones: path),
        _ => new PlanFiles(Incidents: path),
    }, new PlanLoadOptions());
}
