using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using Planner.Bench.Coverage;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Bench.Workspace;

/// <summary>
/// Writes the whole-process benchmark inputs as GeoJSON (lon/lat; work them with <c>--crs EPSG:25832</c>), shifted to
/// Copenhagen's UTM coordinates, plus the same geometry in working-CRS metres for the shapely reference:
/// <list type="bullet">
/// <item><c>city</c>: the synthetic city, 100,000 buildings and 6,480 cameras;</item>
/// <item><c>dense</c>: 963 buildings of the same generator and 728 cameras, 8 headings (0°, 45°, …) at each of 91
/// street sites, 90° hfov, 80 m range, 6 m up (heavily overlapping).</item>
/// </list>
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- write-city DIR</c>.
/// </summary>
internal static class CityFiles
{
    private const double OffsetX = 720_000;
    private const double OffsetY = 6_170_000;

    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var buildings = SyntheticCity.Buildings(WorkspaceTable.CityBuildings);
        Write(directory, "city", buildings, SyntheticCity.Cameras(WorkspaceTable.CityCameras, buildings));
        Write(directory, "dense", SyntheticCity.Buildings(DenseBuildings), DenseCameras());
    }

    public const int DenseBuildings = 963;

    /// <summary>The dense case's 728 cameras (working CRS before the Copenhagen shift).</summary>
    public static List<Camera> DenseCameras()
    {
        var cameras = new List<Camera>();
        for (var site = 0; site < 91; site++)
        {
            // Street sites on the 15 m gaps east of the blocks, 13 columns × 7 rows.
            var x = ((site % 13) * SyntheticCity.Pitch) + SyntheticCity.Block + 7.5;
            var y = ((site / 13) * SyntheticCity.Pitch * 1.4) + 20;
            for (var k = 0; k < 8; k++)
            {
                cameras.Add(new Camera($"s{site}h{k}", x, y, CameraOptics.Create(k * 45, hfovDeg: 90, rangeM: 80, heightM: 6, tiltDeg: 10)));
            }
        }

        return cameras;
    }

    private static void Write(string directory, string name, List<Building> buildings, List<Camera> cameras)
    {
        var shift = AffineTransformation.TranslationInstance(OffsetX, OffsetY);
        GeoJsonOutput.Write(
            Path.Combine(directory, name + "-buildings.geojson"),
            buildings.Select(b => new OutputFeature(shift.Transform(b.Footprint), [new("id", b.Id), new("height_m", b.HeightM)])),
            25832);
        GeoJsonOutput.Write(
            Path.Combine(directory, name + "-cameras.geojson"),
            cameras.Select(c => new OutputFeature(
                new Point(c.X + OffsetX, c.Y + OffsetY),
                [new("id", c.Id), new("heading_deg", c.Optics.HeadingDeg), new("hfov_deg", c.Optics.HfovDeg), new("range_m", c.Optics.RangeM),
                 new("height_m", c.Optics.HeightM), new("tilt_deg", c.Optics.TiltDeg), new("ptz", c.Optics.Ptz)])),
            25832);

        // The shapely reference reads working-CRS metres directly (no projection in the timed part).
        GeoJsonOutput.Write(Path.Combine(directory, name + "-buildings-m.geojson"), buildings.Select(b => new OutputFeature(shift.Transform(b.Footprint), [new("id", b.Id), new("height_m", b.HeightM)])), 25832, 25832);
        GeoJsonOutput.Write(
            Path.Combine(directory, name + "-cameras-m.geojson"),
            cameras.Select(c => new OutputFeature(
                new Point(c.X + OffsetX, c.Y + OffsetY),
                [new("id", c.Id), new("heading_deg", c.Optics.HeadingDeg), new("hfov_deg", c.Optics.HfovDeg), new("range_m", c.Optics.RangeM),
                 new("height_m", c.Optics.HeightM), new("tilt_deg", c.Optics.TiltDeg), new("vfov_deg", c.Optics.VfovDeg)])),
            25832,
            25832);
    }
}
