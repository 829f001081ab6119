using System.Globalization;
using Planner.Geo.Rules;
using Planner.Tests.Support;

namespace Planner.Tests.Rules;

/// <summary>data/rules/README.md lists every rule with its current parameter values, so the table cannot go stale silently.</summary>
public sealed class RulePackDocsTests
{
    [Fact]
    public void Readme_ListsEveryRuleWithItsParameterValues()
    {
        var readme = File.ReadAllText(TestPaths.RepoFile("data/rules/README.md"));
        foreach (var pack in new[] { RuleKit.Dk, RuleKit.Uk })
        {
            foreach (var rule in pack.Rules)
            {
                var row = readme.Split('\n').SingleOrDefault(l => l.StartsWith($"| {rule.Id} |", StringComparison.Ordinal));
                Assert.True(row is not null, $"README has a row for {rule.Id}");
                foreach (var p in rule.Parameters)
                {
                    var basis = p.Basis switch
                    {
                        ParameterBasis.FixedByLaw => "fixed_by_law",
                        ParameterBasis.Assumption => "assumption",
                        _ => "method",
                    };
                    Assert.Contains(FormattableString.Invariant($"{p.Name} = {p.Value.ToString(CultureInfo.InvariantCulture)} {p.Unit} ({basis}, {p.Status})"), row, StringComparison.Ordinal);
                }
            }
        }
    }
}
