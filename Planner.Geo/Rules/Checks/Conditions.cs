using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

internal static class Conditions
{
    /// <summary>Whether the camera meets the condition. Unknown recording counts as recording (the stricter reading).</summary>
    public static bool Holds(this CameraCondition condition, Camera camera, RuleContext context) => condition switch
    {
        CameraCondition.None => true,
        CameraCondition.Recording => camera.Recording != false,
        CameraCondition.NotRecording => camera.Recording == false,
        CameraCondition.PoliceConsulted => camera.PoliceConsulted == true,
        CameraCondition.PublicView => context.Significant(context.PublicPart(camera)),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "unknown camera condition"),
    };

    // One point per camera record (immutable, and geometries are never changed in place): a list of thousands of
    // cameras rebuilt after one of them moved makes one new point, not thousands.
    private static readonly ConditionalWeakTable<Camera, Point> PointOf = [];

    /// <summary>The cameras' positions as one multipoint (working CRS), in the given order.</summary>
    public static Geometry Points(IEnumerable<Camera> cameras) =>
        GeoOps.Factory.CreateMultiPoint([.. cameras.Select(c => PointOf.GetValue(c, k => GeoOps.Factory.CreatePoint(k.Location)))]);

    public static Dictionary<string, object?> Values(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
