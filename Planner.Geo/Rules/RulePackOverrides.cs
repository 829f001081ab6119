namespace Planner.Geo.Rules;

/// <summary>
/// A rule pack with some assumed parameters set to other values, for a what-if: only parameters with basis
/// <see cref="ParameterBasis.Assumption"/> may change (a value fixed by law, or a drawing method, is not a matter of
/// opinion). The result is a new pack; the input is unchanged. Its <see cref="RulePack.Sha256"/> stays the published
/// pack's, so it must never be reported as that pack — callers keep it inside a what-if (see
/// <see cref="Workspace.WhatIfResult"/>).
/// </summary>
public static class RulePackOverrides
{
    /// <summary>
    /// The pack with each override applied; an unknown rule or parameter, a parameter that is not an assumption, or the
    /// same parameter twice throws <see cref="DomainRuleException"/> naming it.
    /// </summary>
    public static RulePack Apply(RulePack pack, IReadOnlyList<ParameterOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(overrides);
        var byParameter = new Dictionary<(string, string), double>();
        foreach (var o in overrides)
        {
            Guard.That(o.RuleId is not null, "rule_id", "an override needs a rule id (use ParameterOverride.Create)");
            var rule = pack.Find(o.RuleId!) ?? throw new DomainRuleException("rule_id", $"rule {o.RuleId} is not in pack {pack.PackId}");
            var parameter = rule.Parameters.FirstOrDefault(p => p.Name == o.Name)
                ?? throw new DomainRuleException(o.Name, $"rule {rule.Id} has no parameter {o.Name}");
            Guard.That(parameter.IsAssumption, o.Name,
                $"only assumed parameters can be changed in a what-if; {rule.Id} {o.Name} has basis {parameter.Basis}");
            Guard.That(byParameter.TryAdd((rule.Id, o.Name), o.Value), o.Name, $"{rule.Id} {o.Name} may be overridden only once");
        }

        if (byParameter.Count == 0)
        {
            return pack;
        }

        return pack with
        {
            Rules = [.. pack.Rules.Select(r => r.Parameters.Any(p => byParameter.ContainsKey((r.Id, p.Name)))
                ? r with { Parameters = [.. r.Parameters.Select(p => byParameter.TryGetValue((r.Id, p.Name), out var v) ? p with { Value = v } : p)] }
                : r)],
        };
    }
}
