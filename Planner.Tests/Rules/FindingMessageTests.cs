using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>A finding's message as typed parts (issue #9): values are numbers with units, and the message is composed from the parts.</summary>
public sealed class FindingMessageTests
{
    private static readonly Zone Square = Zone("square", ZoneKind.PublicArea, Rect(0, 0, 200, 100));

    private static Finding Registration(string language = "en") =>
        Check([(Cam("b1", OperatorType.Business), Rect(0, 0, 123.456, 100))], [Square], language).Of("DK-12").Single(f => f.CameraId == "b1");

    [Fact]
    public void Make_RegistrationFinding_AreaIsANumberInSquareMetres()
    {
        var area = Registration().Text.Values["area_m2"];

        Assert.Equal((MessageValueKind.Number, "m2"), (area.Kind, area.Unit));
        Assert.Equal(123.456 * 100, area.Number, 1e-6);
    }

    [Fact]
    public void Make_RuleParameters_NumbersWithTheirPackUnits()
    {
        var values = Registration().Text.Values;

        Assert.Equal((14.0, "days"), (values["registration_days"].Number, values["registration_days"].Unit));
        Assert.Equal((2000.0, "dkk"), (values["fine_dkk"].Number, values["fine_dkk"].Unit));
        Assert.Equal((MessageValueKind.Text, "b1"), (values["camera"].Kind, values["camera"].Text));
    }

    [Fact]
    public void Message_AssumedParametersRemovedByWith_NotesGoToo()
    {
        var finding = Registration();

        var bare = finding with { AssumedParameters = [] };

        Assert.Equal("Camera b1 covers 12,345.6 m²", bare.Message[..28]);
        Assert.DoesNotContain("Note:", bare.Message, StringComparison.Ordinal);
        Assert.Equal(bare.Message + " " + string.Join(" ", finding.AssumedParameters.Select(p => $"Note: rests on the assumption DK-12 {p.Name} = {(p.Unit == "days" ? "14 days" : "2,000 kr")}, which the law does not fix.")), finding.Message);
    }

    [Theory]
    [InlineData("area_m2", "m2")]
    [InlineData("buffer_m", "m")]
    [InlineData("retention_days", "days")]
    [InlineData("max_permit_years", "years")]
    [InlineData("amount_dkk", "dkk")]
    [InlineData("share_pct", "percent")]
    [InlineData("count", "")]
    [InlineData("dwellings", "")]
    [InlineData("facade_m", "m")]
    public void UnitOf_ValueName_SuffixUnit(string name, string unit) =>
        Assert.Equal(unit, MessageValue.UnitOf(name));

    public static TheoryData<string, MessageValue, string, string> Values => new()
    {
        { "large area", MessageValue.OfNumber(16328.24, "m2"), "16.328,2", "16,328.2" },
        { "whole number", MessageValue.OfNumber(12, ""), "12", "12" },
        { "window range", MessageValue.OfRange(2, 8, "m"), "2–8", "2–8" },
        { "one window height", MessageValue.OfRange(2.5, 2.5, "m"), "2,5", "2.5" },
        { "date", MessageValue.OfDate(new DateOnly(2025, 3, 31)), "31. marts 2025", "31 March 2025" },
        { "list", MessageValue.OfList(["z1", "z2"]), "z1, z2", "z1, z2" },
        { "missing", MessageValue.Missing, "—", "—" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Format_TypedValue_EngineWording(string row, MessageValue value, string da, string en)
    {
        _ = row;
        Assert.Equal(da, MessageTemplate.Format(value, "da"));
        Assert.Equal(en, MessageTemplate.Format(value, "en"));
    }

    [Fact]
    public void OfRange_EndsReversed_StatesTheRule()
    {
        var ex = Assert.Throws<Planner.Geo.DomainRuleException>(() => MessageValue.OfRange(8, 2, "m"));
        Assert.Equal("to must be ≥ from", ex.Message);
    }
}
