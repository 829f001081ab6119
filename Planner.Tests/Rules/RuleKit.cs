using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Tests.Support;

namespace Planner.Tests.Rules;

/// <summary>Hand-made scenarios for rule tests: WKT zones and views (working CRS metres), cameras with attributes.</summary>
internal static class RuleKit
{
    public static readonly DateOnly Today = new(2025, 9, 1);

    private static readonly WKTReader Reader = new();

    private static readonly Lazy<RulePack> DkPack = new(() => RulePackLoader.Load(TestPaths.RepoFile("data/rules/dk.json")));

    private static readonly Lazy<RulePack> UkPack = new(() => RulePackLoader.Load(TestPaths.RepoFile("data/rules/uk.json")));

    public static RulePack Dk => DkPack.Value;

    public static RulePack Uk => UkPack.Value;

    public static Geometry Wkt(string wkt) => Reader.Read(wkt);

    /// <summary>Axis-aligned rectangle [x0, x1] × [y0, y1].</summary>
    public static Geometry Rect(double x0, double y0, double x1, double y1) =>
        Wkt($"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))");

    public static Camera Cam(string id, OperatorType op, double x = 0, double y = 0, string? operatorId = null) =>
        new(id, x, y, CameraOptics.Create(0)) { Operator = op, OperatorId = operatorId, Purpose = "test", Recording = true, RetentionDays = 7 };

    /// <summary>A view whose every DORI level is <paramref name="visible"/> (levels do not matter to most rules).</summary>
    public static CameraView View(string cameraId, Geometry visible) =>
        new(cameraId, DoriLevels.All.ToDictionary(l => l, _ => visible));

    public static Zone Zone(string id, ZoneKind kind, Geometry area, string? operatorId = null) => new(id, kind, area, operatorId);

    public static IReadOnlyList<Finding> Check(
        IReadOnlyList<(Camera Camera, Geometry View)> cameras,
        IReadOnlyList<Zone> zones,
        string language = "en",
        RulePack? pack = null,
        DateOnly? today = null) =>
        RuleEngine.Evaluate(
            pack ?? Dk,
            [.. cameras.Select(c => c.Camera)],
            [.. cameras.Select(c => View(c.Camera.Id, c.View))],
            zones,
            new RuleEngineOptions { Today = today ?? Today, Language = language, Buildings = [] });

    public static IReadOnlyList<Finding> Of(this IReadOnlyList<Finding> findings, string ruleId) =>
        [.. findings.Where(f => f.RuleId == ruleId)];

    /// <summary>Symmetric-difference area between two polygonal geometries (m²); 0 for equal ones.</summary>
    public static double AreaDifference(Geometry a, Geometry b) => a.SymmetricDifference(b).Area;
}
