using System.Globalization;

namespace Planner.Tests.Placement;

/// <summary>
/// The loose files the <c>planner optimise</c> verb tests share (EPSG:25832): one 20 × 10 m building, 10 m high, with
/// its south-west corner at (<see cref="X0"/>, <see cref="Y0"/>), and three incidents 8–12 m south of its south face.
/// </summary>
internal static class OptimiseScene
{
    public const double X0 = 575000;
    public const double Y0 = 6224000;

    public static string BuildingsGeoJson =>
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":[{\"type\":\"Feature\",\"geometry\":"
        + Inv($"{{\"type\":\"Polygon\",\"coordinates\":[[[{X0},{Y0}],[{X0 + 20},{Y0}],[{X0 + 20},{Y0 + 10}],[{X0},{Y0 + 10}],[{X0},{Y0}]]]}}")
        + ",\"properties\":{\"id\":\"b1\",\"height_m\":10}}]}";

    public static string IncidentsCsv =>
        "id,x,y,occurred_at,offence\n" +
        Inv($"i1,{X0 + 10},{Y0 - 8},2024-05-17T23:10:00,violence\n") +
        Inv($"i2,{X0 + 11},{Y0 - 10},2024-05-18T01:10:00,violence\n") +
        Inv($"i3,{X0 + 9},{Y0 - 12},2024-05-18T02:00:00,theft\n");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
