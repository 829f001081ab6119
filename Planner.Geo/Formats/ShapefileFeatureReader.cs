using System.Globalization;
using NetTopologySuite.IO.Esri;
using Planner.Geo.Crs;

namespace Planner.Geo.Formats;

/// <summary>
/// Reads an Esri Shapefile (<c>.shp</c> with its <c>.shx</c>/<c>.dbf</c>; NetTopologySuite.IO.Esri.Shapefile). The CRS
/// comes from the <c>.prj</c> where <see cref="PrjEpsg"/> recognises it; otherwise --crs must name it. DBF field names
/// are cut to ten characters; the mappers match such names (e.g. <c>heading_de</c>).
/// </summary>
internal static class ShapefileFeatureReader
{
    public static SourceLayer Read(string path, int? crsOption)
    {
        if (Directory.Exists(path))
        {
            throw Fail.Input(path, null, null, "is a folder; expected an Esri Shapefile .shp");
        }

        if (!File.Exists(path))
        {
            throw Fail.Input(path, null, null, "file not found (expected an Esri Shapefile .shp)");
        }

        if (new FileInfo(path).Length == 0)
        {
            throw Fail.Input(path, null, null, "the file is empty (0 bytes); expected an Esri Shapefile .shp");
        }

        ShapefileStructure.Check(path);

        var prj = Path.ChangeExtension(path, ".prj");
        int epsg;
        if (File.Exists(prj) && PrjEpsg.TryRecognise(File.ReadAllText(prj), out var recognised))
        {
            epsg = recognised;
        }
        else
        {
            epsg = crsOption ?? throw Fail.Input(path, null, "crs", File.Exists(prj)
                ? $"the CRS in {Path.GetFileName(prj)} is not one this tool recognises (ETRS89/WGS 84 UTM, WGS 84, Web Mercator): give --crs EPSG:n naming the CRS of the file"
                : $"no {Path.GetFileName(prj)} beside the file: give --crs EPSG:n naming the CRS of the file");
        }

        NetTopologySuite.Features.Feature[] features;
        try
        {
            features = Shapefile.ReadAllFeatures(path);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException or FileNotFoundException or IndexOutOfRangeException or InvalidOperationException or FormatException)
        {
            throw Fail.Input(path, null, null, $"expected a readable Esri Shapefile (.shp, .shx, .dbf): {ex.Message}");
        }

        var result = new List<SourceFeature>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            var props = new Dictionary<string, object?>(StringComparer.Ordinal);
            var attrs = features[i].Attributes;
            if (attrs is not null)
            {
                foreach (var name in attrs.GetNames())
                {
                    props[name] = Value(attrs[name]);
                }
            }

            result.Add(new SourceFeature(i + 1, features[i].Geometry, props, null));
        }

        return new SourceLayer(path, epsg, result);
    }

    private static object? Value(object? v) => v switch
    {
        null or DBNull => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        bool b => b,
        DateTime d => d,
        int or long or short or byte => Convert.ToInt64(v, CultureInfo.InvariantCulture),
        double or float or decimal => Convert.ToDouble(v, CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    };
}
