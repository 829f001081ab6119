using System.Text.Json.Nodes;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

/// <summary>
/// Issue 11, what-if assumptions: the workspace re-checks the plan with changed assumed parameters. Independent truth is
/// a fresh <see cref="RuleEngine"/> run over a copy of the pack file with the value edited in its JSON.
/// </summary>
public sealed class WhatIfTests
{
    private static readonly Plan Sample = SampleMunicipality.Build();
    private static readonly string PackFile = RulePackLocator.Find();
    private static readonly RulePack Pack = RulePackLoader.Load(PackFile);
    private static readonly RuleEngineOptions Rules = new() { Today = new DateOnly(2025, 6, 1), Language = "en" };

    public static TheoryData<string, string, string, double> Assumptions => new()
    {
        { "envelope 30 m → 60 m", "DK-04", "buffer_m", 60 },
        { "housing buffer 500 m → 100 m", "DK-08", "buffer_m", 100 },
        { "nightlife buffer 30 m → 120 m", "DK-09", "buffer_m", 120 },
        { "DPIA area 5000 m² → 500 m²", "G-02", "max_public_area_m2", 500 },
    };

    [Theory]
    [MemberData(nameof(Assumptions))]
    public async Task WhatIfAsync_ChangedAssumption_EqualsFreshEngineRunWithEditedPackFile(string row, string ruleId, string name, double value)
    {
        using var workspace = PlanWorkspace.Open(Sample, new WorkspaceOptions { Pack = Pack, Rules = Rules });
        var before = workspace.Current;

        var whatIf = await workspace.WhatIfAsync([ParameterOverride.Create(ruleId, name, value)]);

        var edited = RulePackLoader.Load(EditedPackFile(ruleId, name, value));
        var views = CoverageEngine.ComputeViews(Sample.Cameras, Sample.Buildings);
        var truth = RuleEngine.Evaluate(edited, Sample.Cameras, views, Sample.Zones, Rules with { Buildings = Sample.Buildings });
        var published = RuleEngine.Evaluate(Pack, Sample.Cameras, views, Sample.Zones, Rules with { Buildings = Sample.Buildings });
        Assert.Equal(Rows(truth), Rows(whatIf.Findings));
        Assert.Equal(truth.Select(f => f.Geometry?.Area ?? -1), whatIf.Findings.Select(f => f.Geometry?.Area ?? -1), new Tolerance(1e-6));

        // Added = in the what-if but not (identically) in the published run; removed = the reverse.
        var truthRows = Keyed(truth);
        var publishedRows = Keyed(published);
        Assert.Equal(truthRows.Except(publishedRows).Order().ToList(), whatIf.Added.Select(a => Keyed(a.Key, a.Finding)).Order().ToList());
        Assert.Equal(publishedRows.Except(truthRows).Order().ToList(), whatIf.Removed.Select(a => Keyed(a.Key, a.Finding)).Order().ToList());
        Assert.NotEmpty(whatIf.Added);
        Assert.All(whatIf.Added, a => Assert.True(whatIf.Changed(a.Key), row));

        // The workspace itself is untouched: same snapshot, no undo step, the published pack's findings.
        Assert.Same(before, workspace.Current);
        Assert.False(workspace.CanUndo);
        Assert.Equal(Rows(published), Rows(workspace.Current.Findings));
        Assert.Equal(Pack.Find(ruleId)!.Value(name), whatIf.PublishedValue(whatIf.Overrides[0]));
    }

    [Fact]
    public async Task WhatIfAsync_NoOverrides_SameFindingsNothingChanged()
    {
        using var workspace = PlanWorkspace.Open(Sample, new WorkspaceOptions { Pack = Pack, Rules = Rules });

        var whatIf = await workspace.WhatIfAsync([]);

        Assert.Equal(Rows(workspace.Current.Findings), Rows(whatIf.Findings));
        Assert.Empty(whatIf.Added);
        Assert.Empty(whatIf.Removed);
    }

    [Theory]
    [InlineData("fixed by law", "DK-14", "max_days", "only assumed parameters can be changed in a what-if; DK-14 max_days has basis FixedByLaw")]
    [InlineData("unknown rule", "DK-99", "buffer_m", "rule DK-99 is not in pack")]
    [InlineData("unknown parameter", "DK-04", "radius_m", "rule DK-04 has no parameter radius_m")]
    public async Task WhatIfAsync_RefusedOverride_ThrowsWithRuleAndLeavesWorkspace(string row, string ruleId, string name, string expected)
    {
        using var workspace = PlanWorkspace.Open(Sample, new WorkspaceOptions { Pack = Pack, Rules = Rules });
        var before = workspace.Current;

        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => workspace.WhatIfAsync([ParameterOverride.Create(ruleId, name, 10)]));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Same(before, workspace.Current);
        Assert.False(string.IsNullOrEmpty(row));
    }

    [Theory]
    [InlineData("negative", -1)]
    [InlineData("not a number", double.NaN)]
    [InlineData("above the pack's range", 2_000_000)]
    public void Create_ValueOutsidePackRange_Throws(string row, double value)
    {
        var ex = Assert.Throws<DomainRuleException>(() => ParameterOverride.Create("DK-04", "buffer_m", value));
        Assert.Contains("buffer_m", ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(row));
    }

    [Fact]
    public async Task WhatIfAsync_NoRulePack_ThrowsNotAssessed()
    {
        using var workspace = PlanWorkspace.Open(Sample, new WorkspaceOptions());
        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => workspace.WhatIfAsync([ParameterOverride.Create("DK-04", "buffer_m", 60)]));
        Assert.Contains("without a rule pack", ex.Message, StringComparison.Ordinal);
    }

    private static List<(string?, string, string, Severity, string)> Rows(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => (f.CameraId, f.RuleId, f.Outcome, f.Severity, f.Message))];

    private static List<string> Keyed(IReadOnlyList<Finding> findings) =>
        [.. FindingKey.Of(findings).Zip(findings).Select(t => Keyed(t.First, t.Second))];

    private static string Keyed(FindingKey key, Finding f) => $"{key}|{f.Severity}|{f.Message}|{f.AreaM2}";

    private static string EditedPackFile(string ruleId, string name, double value)
    {
        var root = JsonNode.Parse(File.ReadAllText(PackFile))!;
        var rule = root["rules"]!.AsArray().Single(r => (string?)r!["id"] == ruleId)!;
        var parameter = rule["parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!;
        parameter["value"] = value;
        var path = Path.Combine(Path.GetTempPath(), $"whatif-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    private sealed class Tolerance(double relative) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= relative * Math.Max(1, Math.Abs(x));

        public int GetHashCode(double obj) => 0;
    }
}
