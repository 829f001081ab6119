using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Desktop.App;

/// <summary>
/// What the map script needs at start, as JSON: the plan's CRS (EPSG code and its proj4 definition, so pointer
/// coordinates and the scale bar are in the plan's own metres), the plan's extent, the layers with their colours, the
/// attribution of the plan's data source and the angle of true north on the grid (meridian convergence, degrees).
/// </summary>
internal static class MapConfig
{
    public static string Json(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var extent = Extent(plan);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("epsg", plan.Epsg);
            w.WriteString("proj4", Proj4(plan.Epsg));
            w.WritePropertyName("extent");
            w.WriteStartArray();
            foreach (var v in new[] { extent.MinX, extent.MinY, extent.MaxX, extent.MaxY })
            {
                w.WriteNumberValue(Math.Round(v, 2));
            }

            w.WriteEndArray();
            w.WriteNumber("trueNorthDeg", Math.Round(TrueNorthOnGrid(plan.Epsg, extent.Centre), 3));
            w.WriteString("attribution", Attribution(plan));
            w.WritePropertyName("heightBreaks");
            JsonSerializer.Serialize(w, MapLayers.HeightBreaksM);
            w.WritePropertyName("layers");
            w.WriteStartArray();
            foreach (var l in MapLayers.All)
            {
                w.WriteStartObject();
                w.WriteString("id", l.Id);
                w.WriteString("title", l.Title);
                w.WriteBoolean("visible", l.Visible);
                w.WriteNumber("opacity", l.Opacity);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("colours");
            w.WriteStartObject();
            w.WriteString("existing", MapLayers.ExistingCameraColour);
            w.WriteString("proposed", MapLayers.ProposedCameraColour);
            w.WritePropertyName("heights");
            JsonSerializer.Serialize(w, MapLayers.All.First(l => l.Id == "buildings").Legend.Select(e => e.Colour));
            w.WritePropertyName("zones");
            JsonSerializer.Serialize(w, MapLayers.ZoneColours.ToDictionary(kv => kv.Key.ToContractName(), kv => kv.Value));
            w.WritePropertyName("coverage");
            JsonSerializer.Serialize(w, MapLayers.CoverageColours.ToDictionary(kv => kv.Key.ToContractName(), kv => kv.Value));
            w.WritePropertyName("findings");
            JsonSerializer.Serialize(w, MapLayers.FindingColours);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The attribution line: the plan's own source text (nothing else is drawn on the map).</summary>
    public static string Attribution(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var m = plan.Metadata;
        return m.Source is { Length: > 0 } source ? source : $"Data: {m.Name} (the plan names no source)";
    }

    /// <summary>proj4 definition of the supported projected CRSs (ETRS89/WGS 84 UTM, Web Mercator); null for others.</summary>
    public static string? Proj4(int epsg) => epsg switch
    {
        CrsRegistry.WebMercator => "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs",
        CrsRegistry.Etrs89Utm32 => "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
        CrsRegistry.Etrs89Utm33 => "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
        >= 32601 and <= 32660 => string.Create(CultureInfo.InvariantCulture, $"+proj=utm +zone={epsg - 32600} +datum=WGS84 +units=m +no_defs"),
        >= 32701 and <= 32760 => string.Create(CultureInfo.InvariantCulture, $"+proj=utm +zone={epsg - 32700} +south +datum=WGS84 +units=m +no_defs"),
        _ => null,
    };

    /// <summary>The plan's extent in the working CRS: buildings, zones and cameras, 5 % margin; a 1 km square when empty.</summary>
    public static Envelope Extent(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var e = new Envelope();
        foreach (var b in plan.Buildings)
        {
            e.ExpandToInclude(b.Footprint.EnvelopeInternal);
        }

        foreach (var z in plan.Zones)
        {
            e.ExpandToInclude(z.Area.EnvelopeInternal);
        }

        foreach (var c in plan.Cameras)
        {
            e.ExpandToInclude(c.X, c.Y);
        }

        if (e.IsNull)
        {
            return new Envelope(-500, 500, -500, 500);
        }

        e.ExpandBy(Math.Max(e.Width, e.Height) * 0.05 + 10);
        return e;
    }

    /// <summary>Direction of true north on the grid map, degrees clockwise from grid north (0 where the CRS is not geo-referenced here).</summary>
    private static double TrueNorthOnGrid(int epsg, Coordinate centre)
    {
        if (!CrsRegistry.IsSupported(epsg) || epsg == CrsRegistry.Wgs84)
        {
            return 0;
        }

        // Rotation() adds to a grid heading to give the true heading; true north (0) is at grid heading −rotation.
        return -GridNorth.Rotation(epsg, CrsRegistry.Wgs84, centre.X, centre.Y);
    }
}
