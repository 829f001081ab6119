using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using Planner.Geo.Formats;

namespace Planner.Geo.Hotspots;

/// <summary>Writes a <see cref="HotspotResult"/> as the contract's CSV or as GeoJSON cell polygons (atomically).</summary>
public static class HotspotOutput
{
    /// <summary>The contract's CSV header.</summary>
    public const string CsvHeader = "x,y,count,density,gi_z,gi_p,class";

    /// <summary>
    /// CSV: <c>x,y,count,density,gi_z,gi_p,class</c>, one row per cell (all cells), rows ordered by y then x ascending;
    /// x, y = cell centre in the working CRS; numbers in invariant culture, shortest round-trip form; UTF-8, \n.
    /// </summary>
    public static void WriteCsv(string path, HotspotResult result) =>
        AtomicFile.Write(path, stream => WriteCsv(stream, result));

    public static void WriteCsv(Stream stream, HotspotResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.WriteLine(CsvHeader);
        var g = result.Grid;
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < g.CellCount; i++)
        {
            w.Write(g.CentreX(i % g.Cols).ToString("R", inv));
            w.Write(',');
            w.Write(g.CentreY(i / g.Cols).ToString("R", inv));
            w.Write(',');
            w.Write(result.Counts[i].ToString(inv));
            w.Write(',');
            w.Write(result.Density[i].ToString("R", inv));
            w.Write(',');
            w.Write(result.Z[i].ToString("R", inv));
            w.Write(',');
            w.Write(result.P[i].ToString("R", inv));
            w.Write(',');
            w.WriteLine(result.Classes[i].ToContractName());
        }
    }

    /// <summary>
    /// One square polygon per cell (all cells) with the CSV's properties (x, y = cell centre in the working CRS),
    /// via <see cref="GeoJsonOutput"/> (RFC 7946 lon/lat by default).
    /// </summary>
    public static void WriteGeoJson(string path, HotspotResult result, int workingEpsg, int outEpsg = Crs.CrsRegistry.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(result);
        GeoJsonOutput.Write(path, Features(result), workingEpsg, outEpsg);
    }

    public static IEnumerable<OutputFeature> Features(HotspotResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var g = result.Grid;
        var factory = new GeometryFactory();
        var s = g.CellSize;
        for (var i = 0; i < g.CellCount; i++)
        {
            var x0 = (g.MinCol + (i % g.Cols)) * s;
            var y0 = (g.MinRow + (i / g.Cols)) * s;
            var ring = factory.CreateLinearRing(
            [
                new Coordinate(x0, y0), new Coordinate(x0 + s, y0), new Coordinate(x0 + s, y0 + s), new Coordinate(x0, y0 + s), new Coordinate(x0, y0),
            ]);
            yield return new OutputFeature(factory.CreatePolygon(ring),
            [
                new("x", g.CentreX(i % g.Cols)),
                new("y", g.CentreY(i / g.Cols)),
                new("count", result.Counts[i]),
                new("density", result.Density[i]),
                new("gi_z", result.Z[i]),
                new("gi_p", result.P[i]),
                new("class", result.Classes[i].ToContractName()),
            ]);
        }
    }
}
