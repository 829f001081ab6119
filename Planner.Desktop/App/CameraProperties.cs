using System.Text.Json;
using Planner.Geo.Model;

namespace Planner.Desktop.App;

/// <summary>The properties of a camera the map draws (heading in degrees from grid north, clockwise; range in metres).</summary>
internal static class CameraProperties
{
    public static void Write(Utf8JsonWriter w, Camera c, bool proposed)
    {
        w.WriteNumber("heading_deg", Math.Round(c.Optics.HeadingDeg, 2));
        w.WriteBoolean("heading_known", c.HeadingKnown);
        w.WriteNumber("hfov_deg", Math.Round(c.Optics.HfovDeg, 2));
        w.WriteNumber("range_m", Math.Round(c.Optics.RangeM, 2));
        w.WriteBoolean("ptz", c.Optics.Ptz);
        w.WriteString("status", proposed ? "proposed" : "existing");
        w.WriteString("operator", c.Operator?.ToContractName());
        w.WriteString("model", c.Model);
    }
}
