using System.Globalization;
using System.Text.Json.Nodes;

namespace Planner.Bench.Stores;

/// <summary>
/// The issue #14 input: the 1,255 real Copenhagen buildings of <c>../shared/data/copenhagen-indre-by</c> tiled 9 × 9
/// (101,655 footprints, lon/lat CRS84), each copy shifted by 0.0205° east and 0.0125° north (just over the source's
/// extent, so copies do not overlap), ids <c>OSMID-COL-ROW</c>, heights as in the source. The data stays outside the
/// repository: the file is written to a temporary folder.
/// </summary>
internal static class CityBuildingsFile
{
    public const int Tiles = 9;

    public static string Write(string sharedData, string directory)
    {
        var source = Path.Combine(sharedData, "copenhagen-indre-by", "buildings.geojson");
        var root = JsonNode.Parse(File.ReadAllText(source))!;
        var features = new JsonArray();
        foreach (var col in Enumerable.Range(0, Tiles))
        {
            foreach (var row in Enumerable.Range(0, Tiles))
            {
                foreach (var f in root["features"]!.AsArray())
                {
                    var copy = f!.DeepClone();
                    var props = copy["properties"]!.AsObject();
                    props["id"] = string.Create(CultureInfo.InvariantCulture, $"{props["osmid"]}-{col}-{row}");
                    props.Remove("osmid");
                    Shift(copy["geometry"]!["coordinates"]!, col * 0.0205, row * 0.0125);
                    features.Add(copy);
                }
            }
        }

        var path = Path.Combine(directory, "city-buildings.geojson");
        File.WriteAllText(path, new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());
        return path;
    }

    private static void Shift(JsonNode coordinates, double dx, double dy)
    {
        var array = coordinates.AsArray();
        if (array[0] is JsonValue)
        {
            array[0] = array[0]!.GetValue<double>() + dx;
            array[1] = array[1]!.GetValue<double>() + dy;
            return;
        }

        foreach (var part in array)
        {
            Shift(part!, dx, dy);
        }
    }
}
