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

    public static NetTopologySuite.Geometries.Geometry Points(IEnumerable<Camera> cameras) =>
        GeoOps.Factory.CreateMultiPointFromCoords([.. cameras.Select(c => c.Location)]);

    public static Dictionary<string, object?> Values(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
