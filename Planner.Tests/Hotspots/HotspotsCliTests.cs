using System.Globalization;
using System.Text.Json;
using Planner.Geo.Hotspots;
using Planner.Tests.Support;

namespace Planner.Tests.Hotspots;

[Collection("console")]
public sealed class HotspotsCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hotspots-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The 5 × 5 example in EPSG:25832 (x, y offset to a real UTM place) with times on a Friday evening and a Saturday night.</summary>
    private string FiveByFiveCsv()
    {
        var (xs, ys) = FiveByFive.Points();
        var lines = new List<string> { "id,x,y,occurred_at,offence" };
        for (var i = 0; i < xs.Length; i++)
        {
            var when = i % 2 == 0 ? "2024-06-14T22:30:00" : "2024-06-15T13:00:00";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"i{i},{720000 + xs[i]},{6170000 + ys[i]},{when},{(i < 4 ? "theft" : "robbery")}"));
        }

        return Write("incidents.csv", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void Hotspots_Csv_AllCellsInContractFormat()
    {
        var input = FiveByFiveCsv();
        var output = Path.Combine(_dir, "h.csv");
        var (code, stdout, stderr) = CliHarness.Run("hotspots", "--incidents", input, "--crs", "EPSG:25832", "--cell", "10", "--bandwidth", "15", "--band", "10", "--out", output);
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(output);
        Assert.Equal(HotspotOutput.CsvHeader, lines[0]);
        Assert.Equal(26, lines.Length);
        Assert.Contains("incidents: 8 used of 8", stdout);
        Assert.Contains("cells: 25", stdout);
        // Rows by y then x: the first is the south-west corner cell (centre 720005, 6170005) holding 1 incident.
        var first = lines[1].Split(',');
        Assert.Equal("720005", first[0]);
        Assert.Equal("6170005", first[1]);
        Assert.Equal("1", first[2]);
        Assert.Equal(3 / (Math.PI * 225) * 1e6, double.Parse(first[3], CultureInfo.InvariantCulture), 9);
        var centre = lines[1 + 12].Split(',');
        Assert.Equal(("720025", "6170025", "4"), (centre[0], centre[1], centre[2]));
        var s = Math.Sqrt(0.6976);
        Assert.Equal(2.4 / (s * Math.Sqrt(100.0 / 24)), double.Parse(centre[4], CultureInfo.InvariantCulture), 12);
        string[] contractClasses = ["hot99", "hot95", "hot90", "none", "cold90", "cold95", "cold99"];
        Assert.All(lines[1..], l => Assert.Contains(l.Split(',')[6], contractClasses));
    }

    [Fact]
    public void Hotspots_GeoJson_CellPolygonsInLonLat()
    {
        var input = FiveByFiveCsv();
        var output = Path.Combine(_dir, "h.geojson");
        var (code, _, stderr) = CliHarness.Run("hotspots", "--incidents", input, "--crs", "EPSG:25832", "--cell", "10", "--bandwidth", "15", "--out", output);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal(25, features.GetArrayLength());
        var f = features[0];
        Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString());
        var lon = f.GetProperty("geometry").GetProperty("coordinates")[0][0][0].GetDouble();
        Assert.InRange(lon, 5, 16); // lon/lat, not UTM metres
        Assert.Equal(720005, f.GetProperty("properties").GetProperty("x").GetDouble());
        Assert.Equal("none", f.GetProperty("properties").GetProperty("class").GetString());
    }

    [Fact]
    public void Hotspots_FilterAcrossMidnight_UsesOnlyMatchingIncidents()
    {
        var input = FiveByFiveCsv();
        var output = Path.Combine(_dir, "h.csv");
        var (code, stdout, stderr) = CliHarness.Run("hotspots", "--incidents", input, "--crs", "EPSG:25832", "--cell", "10", "--bandwidth", "15",
            "--hours", "20-04", "--weekdays", "fri", "--out", output);
        Assert.True(code == 0, stderr);
        Assert.Contains("incidents: 4 used of 8", stdout);
    }

    [Theory]
    [InlineData("empty after filter", "--offence", "arson", "no incidents left after filtering")]
    [InlineData("bad hours", "--hours", "25-03", "--hours")]
    [InlineData("bad date", "--from", "14/06/2024", "--from")]
    [InlineData("bad cell", "--cell", "-5", "--cell")]
    [InlineData("bad kernel", "--kernel", "box", "--kernel")]
    public void Hotspots_BadInput_ExitsTwoWithOneLineAndNoFile(string name, string option, string value, string mention)
    {
        _ = name;
        var input = FiveByFiveCsv();
        var output = Path.Combine(_dir, "bad.csv");
        var args = new List<string> { "hotspots", "--incidents", input, "--crs", "EPSG:25832", "--bandwidth", "15", "--out", output };
        args.AddRange(option == "--cell" ? [option, value] : ["--cell", "10", option, value]);
        var (code, _, stderr) = CliHarness.Run(args.ToArray());
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(mention, stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Hotspots_MissingColumn_ExitsTwoNamingTheColumn()
    {
        var input = Write("noffence.csv", "id,x,y,occurred_at\na,720005,6170005,2024-06-14T22:30:00\n");
        var (code, _, stderr) = CliHarness.Run("hotspots", "--incidents", input, "--crs", "EPSG:25832", "--cell", "10", "--bandwidth", "15", "--out", Path.Combine(_dir, "x.csv"));
        Assert.Equal(2, code);
        Assert.Contains("offence", stderr);
    }

    [Fact]
    public void Hotspots_UnparseableDate_ExitsTwoNamingTheLine()
    {
        var input = Write("baddate.csv", "id,x,y,occurred_at,offence\na,720005,6170005,yesterday,theft\n");
        var (code, _, stderr) = CliHarness.Run("hotspots", "--incidents", input, "--crs", "EPSG:25832", "--cell", "10", "--bandwidth", "15", "--out", Path.Combine(_dir, "x.csv"));
        Assert.Equal(2, code);
        Assert.Contains("line 2", stderr);
        Assert.Contains("occurred_at", stderr);
    }

    [Fact]
    public void Hotspots_BadExtension_ExitsTwo()
    {
        var (code, _, stderr) = CliHarness.Run("hotspots", "--incidents", FiveByFiveCsv(), "--crs", "EPSG:25832", "--cell", "10", "--bandwidth", "15", "--out", Path.Combine(_dir, "x.txt"));
        Assert.Equal(2, code);
        Assert.Contains("--out", stderr);
    }

    [Fact]
    public void Stats_NoCameras_WritesJsonWithHourOfWeek()
    {
        var output = Path.Combine(_dir, "s.json");
        var (code, stdout, stderr) = CliHarness.Run("stats", "--incidents", FiveByFiveCsv(), "--crs", "EPSG:25832", "--cell", "10", "--bandwidth", "15", "--out", output);
        Assert.True(code == 0, stderr);
        Assert.Contains("incidents: 8 used of 8", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var root = doc.RootElement;
        Assert.Equal(8, root.GetProperty("incidents").GetInt32());
        var counts = root.GetProperty("hour_of_week").GetProperty("counts");
        Assert.Equal(4, counts[4][22].GetInt32()); // Friday 22h
        Assert.Equal(4, counts[5][13].GetInt32()); // Saturday 13h
        Assert.Equal(5, root.GetProperty("levels").GetArrayLength());
    }

    [Fact]
    public void Stats_EmptyAfterFilter_ExitsTwo()
    {
        var output = Path.Combine(_dir, "s.json");
        var (code, _, stderr) = CliHarness.Run("stats", "--incidents", FiveByFiveCsv(), "--crs", "EPSG:25832", "--weekdays", "mon", "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("no incidents left after filtering", stderr);
        Assert.False(File.Exists(output));
    }
}
