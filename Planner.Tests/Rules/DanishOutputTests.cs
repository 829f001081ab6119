using System.Text.RegularExpressions;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Sharing;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>
/// Issue 12, "Danish that reads like a jurist wrote it": the Danish check of the whole sample and Danish sharing answers
/// carry no English words, no "(er)"/"(e)" number hedges, no "ca." in deadlines and no "høring" for the police step.
/// Contract identifiers (snake_case field names and zone kinds such as entrance or dwelling, which the user types) are
/// not prose and are skipped.
/// </summary>
public sealed partial class DanishOutputTests
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "not", "is", "are", "assessed", "required", "must", "within", "outside", "camera", "cameras",
        "permit", "valid", "expired", "area", "police", "sign", "view", "note", "rests", "assumption", "which", "law",
        "fix", "housing", "municipal", "business", "rules", "tool", "choice", "threshold", "default", "distance", "days",
        "years", "count", "source", "found", "given", "about", "controller", "public",
    };

    private static readonly HashSet<string> Identifiers = new(StringComparer.Ordinal)
    {
        "entrance", "dwelling", "public_area", "residential_area", "business_premises", "utryg_area", "nightlife_venue", "school",
        "tryghed", "crime_prevention",
    };

    [GeneratedRegex(@"[\p{L}_]+")]
    private static partial Regex Word();

    private static IEnumerable<string> EnglishIn(string text) =>
        Word().Matches(text).Select(m => m.Value).Where(w => !w.Contains('_', StringComparison.Ordinal) && !Identifiers.Contains(w) && EnglishWords.Contains(w));

    [Fact]
    public void Check_SampleInDanish_Issue12_NoEnglishAndNoNumberHedges()
    {
        var plan = SampleMunicipality.Build();
        var findings = RuleEngine.Evaluate(Dk, plan, new RuleEngineOptions { Today = new DateOnly(2026, 12, 1), Language = "da" });
        Assert.NotEmpty(findings);
        var texts = findings.SelectMany(f => new[] { f.Message, f.RuleTitle, f.Citation }
            .Concat(f.AssumedParameters.Select(p => p.Reasoning)))
            .Append(Dk.NameIn("da"))
            .Distinct()
            .ToList();
        var offending = texts.SelectMany(t => EnglishIn(t).Select(w => $"{w}: {t}")).ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending.Take(10)));
        Assert.DoesNotContain(texts, t => t.Contains("(er)", StringComparison.Ordinal) || t.Contains("(e)", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(" ca. ", StringComparison.Ordinal) || t.Contains("høring", StringComparison.Ordinal) || t.Contains(" hørt", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SampleInDanish_Issue12_ThousandsSeparatorsAndDatesInWords()
    {
        var plan = SampleMunicipality.Build();
        var findings = RuleEngine.Evaluate(Dk, plan, new RuleEngineOptions { Today = new DateOnly(2026, 12, 1), Language = "da" });
        var m01 = findings.Single(f => f.CameraId == "cam-m01" && f.RuleId == "DK-08").Message;
        Assert.Contains("16.328,2 m²", m01, StringComparison.Ordinal);
        Assert.Contains("23. maj 2024", m01, StringComparison.Ordinal);
        var h03 = findings.Single(f => f.CameraId == "cam-h03" && f.Outcome == "permit_expired").Message;
        Assert.Contains("31. marts 2025", h03, StringComparison.Ordinal);
    }

    [Fact]
    public void ShareCheck_Danish_Issue12_NoEnglish()
    {
        var request = new ShareRequest
        {
            Offence = "bedrageri",
            PropertyCrime = true,
            AmountDkk = 950,
            OccurredAt = new DateTimeOffset(2025, 1, 31, 14, 5, 0, TimeSpan.FromHours(1)),
            ReportedAt = new DateTimeOffset(2025, 1, 31, 18, 0, 0, TimeSpan.FromHours(1)),
            RepeatOffendingExpected = true,
            RepeatReasons = "samme person i tre butikker i kredsen",
            ClosedSystem = true,
            DatatilsynetPermission = true,
            PermissionReference = "2024-431-0001",
        };
        var d = ShareCheck.Decide(Dk, request, "da");
        var texts = d.Conditions.Select(c => c.Message).Append(d.Message).Concat(d.Conditions.SelectMany(c => c.AssumedParameters).Select(p => p.Reasoning)).ToList();
        var offending = texts.SelectMany(t => EnglishIn(t).Select(w => $"{w}: {t}")).ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
        Assert.Contains(texts, t => t.Contains("1.000 kr.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("one", 1, "1 foreslået skiltplacering")]
    [InlineData("two", 2, "2 foreslåede skiltplaceringer")]
    public void MessageTemplate_GrammaticalNumber_Issue12(string name, int points, string expected)
    {
        _ = name;
        var text = MessageTemplate.Fill("{points|foreslået skiltplacering|foreslåede skiltplaceringer}", new Dictionary<string, object?> { ["points"] = points }, "da");
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("da", 16328.24, "16.328,2")]
    [InlineData("da", 1500, "1.500")]
    [InlineData("en", 16328.24, "16,328.2")]
    [InlineData("da", 0.04, "0")]
    public void MessageTemplate_Numbers_Issue12_ThousandsSeparators(string language, double value, string expected) =>
        Assert.Equal(expected, MessageTemplate.FormatNumber(value, language));
}
