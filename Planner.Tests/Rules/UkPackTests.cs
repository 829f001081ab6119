using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>The UK pack runs on the same engine: retention, masking, signs, accountability, evidential quality.</summary>
public sealed class UkPackTests
{
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(-100, 0, 100, 10));
    private static readonly Zone House = Zone("house", ZoneKind.Dwelling, Rect(10, 10, 30, 30));

    [Fact]
    public void Evaluate_UkPack_ReportsUkRulesOnly()
    {
        var camera = Cam("c1", OperatorType.Private) with { RetentionDays = 60, OperatorId = null };
        var findings = Check([(camera, Rect(0, 0, 20, 20))], [Street, House], pack: Uk);
        var ids = findings.Select(f => f.RuleId).ToHashSet();
        Assert.All(ids, id => Assert.StartsWith("UK-", id, StringComparison.Ordinal));
        Assert.Contains("UK-06", ids);
        Assert.Contains("UK-04", ids);
        Assert.Contains("UK-03", ids);
        var mask = Assert.Single(findings.Of("UK-ICO-1"));
        Assert.True(AreaDifference(Rect(10, 10, 20, 20), mask.Geometry!) < 1e-9);
        var retention = Assert.Single(findings.Of("UK-06"));
        Assert.True(retention.Assumption);
        Assert.Contains("31 days", retention.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UkPackInDanish_RejectsLanguage()
    {
        Assert.Throws<DomainRuleException>(() => Check([(Cam("c1", OperatorType.Private), Rect(0, 0, 1, 1))], [], "da", Uk));
    }

    [Fact]
    public void Uk11_NoRecogniseCoverage_Warns()
    {
        var camera = Cam("c1", OperatorType.Municipality);
        var view = View("c1", Rect(0, 0, 20, 20)) with
        {
            Levels = Planner.Geo.Coverage.DoriLevels.All.ToDictionary(l => l, l => l >= Planner.Geo.Coverage.DoriLevel.Recognise ? Rect(0, 0, 0.5, 0.5) : Rect(0, 0, 20, 20)),
        };
        var findings = RuleEngine.Evaluate(Uk, [camera], [view], [], new RuleEngineOptions { Today = Today });
        Assert.Equal(Severity.Warn, Assert.Single(findings.Of("UK-11")).Severity);
    }
}
