using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Geo.Canvass;
using Planner.Geo.Model;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>Issue 12, initiative 10: the canvass names each camera's controller and contact and the day by which footage must be secured, and lists "secure now" requests for a batch.</summary>
public sealed class CanvassControllerTests
{
    private static readonly DateTimeOffset Occurred = new(2025, 1, 31, 23, 30, 0, TimeSpan.FromHours(1));

    private static readonly Camera JobCentre = Cam("jc", OperatorType.Authority, operatorId: "jobcenter") with
    {
        ControllerName = "Lindsted Kommune",
        ControllerContact = "tv@lindsted.example",
        RetentionDays = 14,
    };

    private static readonly Camera Shop = Cam("shop", OperatorType.Business, operatorId: "butik-7") with { RetentionDays = null };

    private static readonly Camera Doorbell = Cam("door", OperatorType.Private, operatorId: "p1") with { Recording = false };

    private static IReadOnlyList<CanvassHit> Hits(DateOnly today) =>
        EvidenceCanvass.At(
            [JobCentre, Shop, Doorbell],
            [View("jc", Rect(-10, -10, 10, 10)), View("shop", Rect(-10, -10, 10, 10)), View("door", Rect(-10, -10, 10, 10))],
            new Coordinate(1, 1),
            Occurred,
            today);

    [Fact]
    public void At_Issue12_ControllerContactAndSecureByPerCamera()
    {
        var hits = Hits(new DateOnly(2025, 2, 5)).ToDictionary(h => h.CameraId);

        // Retention stated: the deletion deadline, 31 January + 14 days.
        Assert.Equal(("Lindsted Kommune", "tv@lindsted.example", new DateOnly(2025, 2, 14), "retention_days", true),
            (hits["jc"].Controller, hits["jc"].Contact, hits["jc"].SecureBy, hits["jc"].SecureByBasis, hits["jc"].SecureNow));

        // Retention not stated: the legal limit of 30 days (it may be gone sooner); controller falls back to operator_id.
        Assert.Equal(("butik-7", (string?)null, new DateOnly(2025, 3, 2), "legal_limit", true),
            (hits["shop"].Controller, hits["shop"].Contact, hits["shop"].SecureBy, hits["shop"].SecureByBasis, hits["shop"].SecureNow));

        // Live view only: nothing to secure.
        Assert.Equal(((DateOnly?)null, false), (hits["door"].SecureBy, hits["door"].SecureNow));
    }

    [Fact]
    public void Write_Batch_Issue12_SecureNowListEarliestFirstWithoutDeletedFootage()
    {
        var today = new DateOnly(2025, 2, 20);
        var results = new[] { new CanvassResult("i1", 1, 1, Occurred, Hits(today)) };
        using var stream = new MemoryStream();
        CanvassReportWriter.Write(stream, results, 25832, today);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var secure = doc.RootElement.GetProperty("secure_now").EnumerateArray().ToList();

        // By 20 February the job centre's 14-day footage is gone; only the shop's may still exist.
        var only = Assert.Single(secure);
        Assert.Equal("shop", only.GetProperty("camera_id").GetString());
        Assert.Equal("2025-03-02", only.GetProperty("secure_by").GetString());
        Assert.Equal(["i1"], only.GetProperty("incidents").EnumerateArray().Select(e => e.GetString()));
        var jc = doc.RootElement.GetProperty("incidents")[0].GetProperty("cameras").EnumerateArray().Single(c => c.GetProperty("camera_id").GetString() == "jc");
        Assert.Equal(("Lindsted Kommune", false), (jc.GetProperty("controller").GetString(), jc.GetProperty("secure_now").GetBoolean()));
    }
}
