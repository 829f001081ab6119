using Planner.Geo.Rules;
using Planner.Tests.Support;

namespace Planner.Tests.Rules;

/// <summary>Regression (issue #5 review): a Danish finding on an unconfirmed rule once carried its status note in English.</summary>
public sealed class StatusNoteLanguageTests
{
    [Theory]
    [InlineData("sign duty for authorities (B)", "DK-13b", "Paragraffen (§ 3 a?) er ikke efterprøvet mod lovteksten.")]
    [InlineData("police takeover act number (S)", "DK-17", "Reglens tekst er læst; lovnummeret (lov 803/2020, L 103 2019-20) stammer fra en sekundær kilde.")]
    public void Load_DanishPack_StatusNoteInDanish(string name, string ruleId, string expected)
    {
        _ = name;
        var pack = RulePackLoader.Load(TestPaths.RepoFile("data/rules/dk.json"));
        var rule = pack.Find(ruleId);
        Assert.NotNull(rule);
        Assert.Equal(expected, rule.StatusNote?.Get("da"));
        Assert.NotEqual(rule.StatusNote?.Get("da"), rule.StatusNote?.Get("en"));
    }

    [Fact]
    public void Load_EveryUnconfirmedRule_HasANoteInEveryPackLanguage()
    {
        foreach (var file in new[] { "data/rules/dk.json", "data/rules/uk.json" })
        {
            var pack = RulePackLoader.Load(TestPaths.RepoFile(file));
            foreach (var rule in pack.Rules.Where(r => r.Status != SourceStatus.V))
            {
                foreach (var language in pack.Languages)
                {
                    Assert.False(string.IsNullOrWhiteSpace(rule.StatusNote?.Get(language)), $"{file} {rule.Id} {language}");
                }
            }
        }
    }
}
