using Planner.Geo.Sharing;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>§ 4 c stk. 2–3 sharing check: each condition met and not met, and the verdict.</summary>
public sealed class ShareCheckTests
{
    private static readonly ShareRequest Good = new()
    {
        Offence = "theft",
        PropertyCrime = true,
        AmountDkk = 2500,
        OccurredAt = DateTimeOffset.Parse("2025-01-31T14:05:00+01:00", System.Globalization.CultureInfo.InvariantCulture),
        ReportedAt = DateTimeOffset.Parse("2025-01-31T18:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture),
        RepeatOffendingExpected = true,
        RepeatReasons = "same person stole from three shops in the circle this month",
        ClosedSystem = true,
        DatatilsynetPermission = true,
        PermissionReference = "2024-431-0001",
    };

    private static bool Met(ShareRequest request, string key) => ShareCheck.Decide(Dk, request, "en").Conditions.Single(c => c.Key == key).Met;

    [Fact]
    public void Decide_AllConditionsMet_Allowed()
    {
        var d = ShareCheck.Decide(Dk, Good, "en");
        Assert.True(d.Allowed);
        Assert.Equal(["property_crime", "reported", "repeat", "closed_system", "permission"], d.Conditions.Select(c => c.Key));
        Assert.All(d.Conditions, c => Assert.True(c.Met));
        Assert.Equal("DK-16", d.RuleId);
        Assert.Contains("§ 4 c", d.Citation, StringComparison.Ordinal);
        Assert.True(d.Assumption);
        Assert.Contains("property_threshold_dkk = 1,000", d.Conditions[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exactly the threshold needs an assessment", 1000.0, false)]
    [InlineData("just over", 1000.5, true)]
    [InlineData("small theft needs an assessment", 150.0, false)]
    public void PropertyCrime_AmountOverThreshold(string name, double amount, bool met)
    {
        _ = name;
        Assert.Equal(met, Met(Good with { AmountDkk = (decimal)amount }, "property_crime"));
        var condition = ShareCheck.Decide(Dk, Good with { AmountDkk = (decimal)amount }, "en").Conditions[0];
        Assert.Equal(!met, condition.Undecided);
    }

    [Fact]
    public void PropertyCrime_RobberyWithoutAmount_Met_ViolenceNot_AmountMissingNot()
    {
        Assert.True(Met(Good with { Offence = "robbery", AmountDkk = null }, "property_crime"));
        Assert.False(Met(Good with { Offence = "assault", PropertyCrime = false }, "property_crime"));
        Assert.False(Met(Good with { AmountDkk = null }, "property_crime"));
        Assert.False(ShareCheck.Decide(Dk, Good with { Offence = "robbery", AmountDkk = null }, "en").Conditions[0].Assumption);
    }

    [Theory]
    [InlineData("same evening", "2025-01-31T23:59:00+01:00", true)]
    [InlineData("same local day given in UTC", "2025-01-31T22:30:00Z", true)]
    [InlineData("next morning", "2025-02-01T08:00:00+01:00", false)]
    [InlineData("next local day given in UTC", "2025-01-31T23:30:00Z", false)]
    public void Reported_NoLaterThanTheSameDay(string name, string reportedAt, bool met)
    {
        _ = name;
        var request = Good with { ReportedAt = DateTimeOffset.Parse(reportedAt, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(met, Met(request, "reported"));
    }

    [Fact]
    public void Reported_NotReported_NotMet() => Assert.False(Met(Good with { ReportedAt = null }, "reported"));

    [Fact]
    public void Repeat_NeedsExpectationAndConcreteReasons()
    {
        Assert.False(Met(Good with { RepeatOffendingExpected = false }, "repeat"));
        Assert.False(Met(Good with { RepeatReasons = null }, "repeat"));
    }

    [Fact]
    public void ClosedSystem_AndPermission_EachDecideAlone()
    {
        var open = ShareCheck.Decide(Dk, Good with { ClosedSystem = false }, "en");
        Assert.False(open.Allowed);
        Assert.Equal(["closed_system"], open.Conditions.Where(c => !c.Met).Select(c => c.Key));
        var noPermission = ShareCheck.Decide(Dk, Good with { DatatilsynetPermission = false }, "da");
        Assert.False(noPermission.Allowed);
        Assert.Equal(["permission"], noPermission.Conditions.Where(c => !c.Met).Select(c => c.Key));
        Assert.Contains("Datatilsynet har ikke givet tilladelse", noPermission.Conditions[4].Message, StringComparison.Ordinal);
        Assert.Contains("ikke tilladt", noPermission.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Danish, aggravated", "groft røveri")]
    [InlineData("Danish", "røveri")]
    [InlineData("English, aggravated", "aggravated robbery")]
    [InlineData("attempt", "Røveriforsøg")]
    public void PropertyCrime_AggravatedRobberyWithoutAmount_Issue12_MetThroughTheCodedList(string name, string offence)
    {
        // Before: "groft røveri" was refused, because offences were matched as exact strings.
        _ = name;
        var d = ShareCheck.Decide(Dk, Good with { Offence = offence, AmountDkk = null, PropertyCrime = false }, "da");
        Assert.Equal(("robbery", true, "allowed"), (d.OffenceCode, d.Allowed, d.Verdict));
        Assert.Contains("røveri", d.Conditions[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PropertyCrime_Fraud950Kr_Issue12_ConcreteAssessmentNotRefusal()
    {
        // Before: "not allowed" — only the assumed 1,000 kr threshold failed.
        var d = ShareCheck.Decide(Dk, Good with { Offence = "bedrageri", AmountDkk = 950 }, "da");
        Assert.False(d.Allowed);
        Assert.Equal("assessment_needed", d.Verdict);
        var property = d.Conditions[0];
        Assert.True(property.Undecided);
        Assert.Contains("konkret vurdering", property.Message, StringComparison.Ordinal);
        Assert.Contains("konkret vurdering", d.Message, StringComparison.Ordinal);
        Assert.Contains("antagelsen DK-16 property_threshold_dkk = 1.000 kr.", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ikke tilladt", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PropertyCrime_Fraud950KrAndNotReported_Issue12_StillRefused()
    {
        var d = ShareCheck.Decide(Dk, Good with { Offence = "fraud", AmountDkk = 950, ReportedAt = null }, "en");
        Assert.Equal("refused", d.Verdict);
    }

    [Fact]
    public void PropertyCrime_ViolenceCoded_Issue12_NotAPropertyCrimeWhateverTheFlag()
    {
        var d = ShareCheck.Decide(Dk, Good with { Offence = "grov vold", PropertyCrime = true }, "en");
        Assert.Equal(("violence", "refused"), (d.OffenceCode, d.Verdict));
        Assert.Contains("not a property crime", d.Conditions[0].Message, StringComparison.Ordinal);
    }
}
