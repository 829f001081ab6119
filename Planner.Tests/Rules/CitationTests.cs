using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>Issue 12 item 9: citations name the amending act and section where a rule rests on later wording; secondary figures are assumptions.</summary>
public sealed class CitationTests
{
    [Theory]
    [InlineData("DK-10", "§ 2 d, jf. lovbekendtgørelse nr. 182 af 24. februar 2023, som ændret ved § 6 i lov nr. 665 af 11. juni 2024")]
    [InlineData("DK-06", "som ændret ved § 4, nr. 1-4, i lov nr. 734 af 20. juni 2025")]
    [InlineData("DK-08", "som ændret ved § 4, nr. 5, i lov nr. 734 af 20. juni 2025")]
    [InlineData("DK-17", "lovnummeret er ikke bekræftet")]
    [InlineData("G-01", "art. 10 (oplysninger om strafbare forhold)")]
    public void Citation_Issue12_NamesTheAmendingActOrItsStatus(string ruleId, string expected) =>
        Assert.Contains(expected, Dk.Find(ruleId)!.Source.Citation, StringComparison.Ordinal);

    [Fact]
    public void Dk12_Fine_Issue12_SecondarySourceIsAnAssumptionNotFixedByLaw()
    {
        var fine = Dk.Find("DK-12")!.Parameter("fine_dkk");
        Assert.Equal((ParameterBasis.Assumption, SourceStatus.S), (fine.Basis, fine.Status));
    }

    [Fact]
    public void Dk11_AuthorityCamera_Issue12_NamesOnlySection2d()
    {
        var street = Zone("street", Planner.Geo.Model.ZoneKind.PublicArea, Rect(0, 0, 40, 10));
        var f = Assert.Single(Check([(Cam("a1", Planner.Geo.Model.OperatorType.Authority), Rect(0, 0, 40, 10))], [street], "da").Of("DK-11"));
        Assert.Contains("uden for rammerne af § 2 d;", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("§ 2 a", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G02_JobCentreAndMunicipality_Issue12_OneControllerByLegalEntity()
    {
        // Four municipal cameras and a job-centre camera, each 1,200 m² of public view: the municipality's 4,800 m² and the
        // job centre's 1,200 m² each stay under the 5,000 m² threshold; grouped by the legal entity they are 6,000 m².
        var street = Zone("street", Planner.Geo.Model.ZoneKind.PublicArea, Rect(0, 0, 1000, 10));
        var cameras = Enumerable.Range(0, 4)
            .Select(i => (Cam($"m{i}", Planner.Geo.Model.OperatorType.Municipality, operatorId: "kommune") with { ControllerName = "Lindsted Kommune" }, Rect(i * 150, 0, (i * 150) + 120, 10)))
            .Append((Cam("jc", Planner.Geo.Model.OperatorType.Authority, operatorId: "jobcenter") with { ControllerName = "Lindsted Kommune" }, Rect(860, 0, 980, 10)))
            .ToList();
        var dpia = Check(cameras, [street]).Of("G-02");
        var f = Assert.Single(dpia);
        Assert.Equal(5, f.CameraIds.Count);
        Assert.Contains("Lindsted Kommune", f.Message, StringComparison.Ordinal);
    }
}
