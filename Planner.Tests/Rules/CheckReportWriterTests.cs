using System.Text;
using System.Text.Json;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>The JSON report: Danish letters round-trip unescaped, geometry in lon/lat and WKT, pack hash printed.</summary>
public sealed class CheckReportWriterTests
{
    [Fact]
    public void Write_DanishFindings_RoundTripWithæøåAndParagraphSign()
    {
        // A camera near Copenhagen in EPSG:25832.
        const double x0 = 724000, y0 = 6176000;
        var house = Zone("hus", ZoneKind.Dwelling, Rect(x0 + 10, y0 + 10, x0 + 30, y0 + 30));
        var findings = Check([(Cam("kamera-ø", OperatorType.Business, x0, y0), Rect(x0, y0, x0 + 20, y0 + 20))], [house], "da");
        var report = new CheckReport(Dk, "da", Today, 25832, 1, findings);
        using var stream = new MemoryStream();
        CheckReportWriter.Write(stream, report);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("straffeloven § 264 a", text, StringComparison.Ordinal);
        Assert.Contains("kamera-ø", text, StringComparison.Ordinal);
        Assert.Contains("privatlivsmaskering", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", text, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal(Dk.Sha256, root.GetProperty("pack").GetProperty("sha256").GetString());
        var mask = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == "DK-18");
        var original = findings.Of("DK-18")[0];
        Assert.Equal(original.Message, mask.GetProperty("message").GetString());
        Assert.Contains("æ", Dk.Find("DK-18")!.Title.Get("da"), StringComparison.Ordinal);
        Assert.Equal("privacy_mask", mask.GetProperty("geometry_role").GetString());
        Assert.StartsWith("Det er strafbart at fotografere", mask.GetProperty("rule_title").GetString(), StringComparison.Ordinal);
        Assert.Equal("Polygon", mask.GetProperty("geometry").GetProperty("type").GetString());
        var lon = mask.GetProperty("geometry").GetProperty("coordinates")[0][0][0].GetDouble();
        Assert.InRange(lon, 12, 13);
        var wkt = Wkt(mask.GetProperty("geometry_wkt").GetString()!);
        Assert.True(AreaDifference(Rect(x0 + 10, y0 + 10, x0 + 20, y0 + 20), wkt) < 1e-3);
    }
}
