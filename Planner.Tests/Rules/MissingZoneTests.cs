using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>
/// Issue 12 items 3, 4 and 7 through the real coverage engine. A building 20 m wide stands at y ∈ [−10, 0]; the camera
/// hangs 0.3 m in front of its north wall at (0, 0.3), 3 m high, looking north with a 90° lens and 20 m range. A
/// street (public_area) runs across the whole view at y ∈ [2, 30].
/// </summary>
public sealed class MissingZoneTests
{
    private static readonly Building Office = new("office", Rect(-10, -10, 10, 0), 8);

    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(-40, 2, 40, 30));

    private static Camera At(OperatorType op, string operatorId, bool recording = true) =>
        new("c1", 0, 0.3, CameraOptics.Create(0, hfovDeg: 90, rangeM: 20, heightM: 3, tiltDeg: 20))
        {
            Operator = op,
            OperatorId = operatorId,
            Purpose = "Sikkerhed ved indgangen",
            Recording = recording,
            RetentionDays = recording ? 30 : null,
        };

    private static IReadOnlyList<Finding> Run(Camera camera, params Zone[] zones)
    {
        var views = CoverageEngine.ComputeViews([camera], [Office], new CoverageOptions { Parallel = false });
        return RuleEngine.Evaluate(Dk, [camera], views, [Street, .. zones], new RuleEngineOptions { Today = Today, Buildings = [Office] });
    }

    [Fact]
    public void Dk11_JobCentreEntranceCameraWithoutEntranceZone_Issue12_NotAssessedNotViolation()
    {
        // Before: DK-11 fail. The whole public view lies within 50 m (DK-10) of the building the camera hangs on.
        var findings = Run(At(OperatorType.Authority, "jobcenter")).Of("DK-11");
        var f = Assert.Single(findings);
        Assert.Equal((Severity.Warn, "not_assessed", "unassessed_view"), (f.Severity, f.Outcome, f.GeometryRole));
        Assert.Contains("entrance", f.Message, StringComparison.Ordinal);
        Assert.Contains("DK-10", f.Message, StringComparison.Ordinal);
        Assert.Contains("§ 2 d", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("§ 2 a", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dk11_JobCentreWithItsEntranceZone_Issue12_ExcusedByDk10()
    {
        var entrance = Zone("jc-entrance", ZoneKind.Entrance, Rect(-2, 0, 2, 1), "jobcenter");
        var findings = Run(At(OperatorType.Authority, "jobcenter"), entrance);
        Assert.Empty(findings.Of("DK-11"));
        Assert.Single(findings.Of("DK-10"));
    }

    [Fact]
    public void Dk01_LiveViewDoorbellWithoutEntranceZone_Issue12_NearPartNotAssessedFarPartBreaks()
    {
        // Before: DK-05 silently skipped and the whole street reported as a DK-01 breach, plus a DK-13 sign.
        var findings = Run(At(OperatorType.Private, "home-1", recording: false));
        var dk01 = findings.Of("DK-01");
        var unassessed = Assert.Single(dk01, f => f.Outcome == "not_assessed");
        var breach = Assert.Single(dk01, f => f.Outcome == "outside_exceptions");
        Assert.Equal(Severity.Warn, unassessed.Severity);
        Assert.Equal(Severity.Fail, breach.Severity);

        // The 5 m stand-in around the house reaches y ≤ 5: the unassessed part lies there, the breach beyond.
        Assert.True(unassessed.Geometry!.EnvelopeInternal.MaxY <= 5 + 1e-6, unassessed.Geometry.ToText());
        Assert.True(breach.Geometry!.Intersection(Rect(-40, 2, 40, 5)).Area < 0.01, breach.Geometry.ToText());
        Assert.Empty(findings.Of("DK-13"));
    }

    [Fact]
    public void Dk13_RecordingCameraBreakingSection1_Issue12_NoSignAdviceReduceOrMask()
    {
        // Before: DK-01 fail and a DK-13 sign proposal; a sign does not cure filming the street.
        var findings = Run(At(OperatorType.Private, "home-1"), Zone("own", ZoneKind.Entrance, Rect(-2, 0, 2, 1), "home-1"));
        var f = Assert.Single(findings.Of("DK-01"));
        Assert.Equal(Severity.Fail, f.Severity);
        Assert.Contains("Reduce the view or mask", f.Message, StringComparison.Ordinal);
        Assert.Empty(findings.Of("DK-13"));
    }

    [Fact]
    public void Dk13_LiveViewWithinOwnEntranceEnvelope_Issue12_NoSign()
    {
        // A live-view camera whose public view stays within 5 m of its own entrance: DK-05, and § 3 stk. 2 needs no sign.
        var near = new Camera("c1", 0, 0.3, CameraOptics.Create(0, hfovDeg: 90, rangeM: 4, heightM: 3, tiltDeg: 20))
        {
            Operator = OperatorType.Private,
            OperatorId = "home-1",
            Purpose = "Dørklokke",
            Recording = false,
        };
        var findings = Run(near, Zone("own", ZoneKind.Entrance, Rect(-2, 0, 2, 1), "home-1"));
        Assert.Empty(findings.Of("DK-01"));
        Assert.Single(findings.Of("DK-05"));
        Assert.Empty(findings.Of("DK-13"));
    }

    [Theory]
    [InlineData("shop listed in § 2 stk. 1 nr. 3", BusinessType.Shop, true)]
    [InlineData("bank listed", BusinessType.Bank, true)]
    [InlineData("not stated", null, true)]
    [InlineData("a business type the law does not list", BusinessType.Other, false)]
    public void Dk04_EntranceEnvelope_Issue12_OnlyForListedBusinessTypes(string name, BusinessType? type, bool excused)
    {
        _ = name;
        var entrance = Zone("e", ZoneKind.Entrance, Rect(-2, 0, 2, 1), "firm") with { BusinessType = type };
        var findings = Run(At(OperatorType.Business, "firm"), entrance);
        Assert.Equal(excused, findings.Of("DK-04").Count == 1);
        Assert.Equal(excused ? [] : ["outside_exceptions"], findings.Of("DK-01").Select(f => f.Outcome));
    }
}
