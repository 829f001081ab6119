using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Reports.Content;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Reports;

/// <summary>
/// The proposal words a finding from its typed parts (issue #9: "the report consumes typed results, not rule-output
/// strings"): a pack whose assumption note is worded differently still gives readable notes and grouped numbers.
/// </summary>
public sealed class FindingWordingTests
{
    // A business camera seeing 123.456 m × 100 m of public area: 12,345.6 m², which must be registered (DK-12 rests on
    // two assumed parameters, registration_days = 14 and fine_dkk = 2,000).
    private static readonly Zone Square = Zone("square", ZoneKind.PublicArea, Rect(0, 0, 200, 100));

    private static RulePack Reworded { get; } = Dk with
    {
        AssumptionNote = new LocalizedText(new Dictionary<string, string>
        {
            ["da"] = "Forudsætning: {rule} {name} sat til {value} {unit} – ikke fastsat i loven.",
            ["en"] = "Premise: {rule} {name} set to {value} {unit} – not fixed by the law.",
        }),
    };

    private static Finding Registration(string language) =>
        Check([(Cam("b1", OperatorType.Business), Rect(0, 0, 123.456, 100))], [Square], language, Reworded)
            .Of("DK-12").Single(f => f.CameraId == "b1");

    public static TheoryData<string, ReportLanguage, string[]> Languages => new()
    {
        {
            "da", ReportLanguage.Danish,
            [
                "12.345,6 m²",
                "Forudsætning: DK-12 (Frist for registrering i POLCAM) sat til 14 dage – ikke fastsat i loven.",
                "Forudsætning: DK-12 (Bøde for manglende registrering) sat til 2.000 kr. – ikke fastsat i loven.",
            ]
        },
        {
            "en", ReportLanguage.English,
            [
                "12,345.6 m²",
                "Premise: DK-12 (Deadline for POLCAM registration) set to 14 days – not fixed by the law.",
                "Premise: DK-12 (Fine for not registering) set to 2,000 DKK – not fixed by the law.",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Issue9_Message_EngineNoteReworded_ReadableNotesAndGroupedArea(string code, ReportLanguage language, string[] expected)
    {
        var finding = Registration(code);

        var text = FindingWording.Message(finding, language);

        Assert.All(expected, e => Assert.Contains(e, text, StringComparison.Ordinal));
        Assert.DoesNotContain("registration_days", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fine_dkk", text, StringComparison.Ordinal);
        // The engine's own message keeps the contract names in the reworded note, so the report did not get its
        // readable wording by rewriting that text.
        Assert.Contains("DK-12 registration_days", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue9_Message_NoAssumedParameters_TemplateFilledWithoutNotes()
    {
        var finding = Registration("da") with { AssumedParameters = [] };

        var text = FindingWording.Message(finding, ReportLanguage.Danish);

        Assert.StartsWith("Kamera b1 dækker 12.345,6 m²", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Forudsætning", text, StringComparison.Ordinal);
        Assert.Equal(finding.Message, text);
    }
}
