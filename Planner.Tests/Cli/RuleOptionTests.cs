using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>
/// Issue 9 item 8: <c>--rules</c> and <c>--lang</c> are one shared option group: a missing pack and a language the pack
/// lacks give the same error line in every verb that checks rules. The report's <c>--lang</c> is the document's
/// language (da or en) and keeps its own line.
/// </summary>
[Collection("console")]
public sealed class RuleOptionTests : IDisposable
{
    private readonly VerbArgs _args = new("planner-rule-option-");

    public void Dispose() => _args.Dispose();

    public static TheoryData<string, string[]> RuleVerbs => new()
    {
        { "check", ["check", "--cameras", "C", "--out", "O.json"] },
        { "share-check", ["share-check", "--request", "R", "--out", "O.json"] },
        { "optimise", ["optimise", "--buildings", "B", "--incidents", "I", "--candidates", "C", "--k", "1", "--out", "O.geojson"] },
        { "report", ["report", "--plan", "C", "--out", "O.pdf"] },
    };

    [Theory]
    [MemberData(nameof(RuleVerbs))]
    public void Verb_MissingRulePack_SameErrorLine(string verb, string[] args)
    {
        var missing = Path.Combine(_args.Folder, "no-such-pack.json");

        AssertError(verb, [.. args, "--rules", missing], $"{missing}: the rule pack file does not exist");
    }

    [Theory]
    [InlineData("check", new[] { "check", "--cameras", "C", "--out", "O.json" })]
    [InlineData("share-check", new[] { "share-check", "--request", "R", "--out", "O.json" })]
    [InlineData("optimise", new[] { "optimise", "--buildings", "B", "--incidents", "I", "--candidates", "C", "--k", "1", "--out", "O.geojson" })]
    public void Verb_LanguageThePackLacks_SameErrorLine(string verb, string[] args) =>
        AssertError(verb, [.. args, "--lang", "sv"], "--lang: expected one of the pack's languages: da, en, got \"sv\"");

    [Fact]
    public void Report_LanguageWithoutDocumentTexts_OwnErrorLine() =>
        AssertError("report", ["report", "--plan", "C", "--out", "O.pdf", "--lang", "sv"], "--lang: expected da or en, got \"sv\"");

    [Theory]
    [InlineData("check")]
    [InlineData("share-check")]
    [InlineData("optimise")]
    [InlineData("report")]
    public void Help_Rules_SameTextInEveryVerb(string verb)
    {
        var (code, stdout, _) = CliHarness.Run(verb, "--help");

        Assert.Equal(0, code);
        var help = string.Join(' ', stdout.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Rule pack JSON (default: the bundled data/rules/dk.json; data/rules/uk.json is the UK pack).", help, StringComparison.Ordinal);
    }

    // The rule options are checked before any input is read, so the inputs only need to exist where the parser looks.
    private void AssertError(string verb, string[] args, string expected) => _args.AssertError(verb, args, expected);
}
