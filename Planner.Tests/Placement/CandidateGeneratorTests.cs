using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Placement;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Placement;

/// <summary>A 40 × 20 m building with its south facade (y = 0) on a street y ∈ [−12, 0]; its other sides face back yards.</summary>
public sealed class CandidateGeneratorTests
{
    private static readonly Building House = new("h1", Rect(0, 0, 40, 20), 10);
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(-50, -12, 90, 0));
    private static readonly CameraModel Model = CameraCatalogueLoader.LoadDirectory(null).Models[0];

    private static Plan PlanWith(params Zone[] zones) => new(25832, new PlanMetadata()) { Buildings = [House], Zones = zones };

    [Fact]
    public void Generate_SouthFacadeOnStreet_MountsOnlyThereFacingSouth()
    {
        var result = CandidateGenerator.Generate(PlanWith(Street), new CandidateGeneratorOptions { Models = [Model], SpacingM = 10, HeadingStepDeg = 30, FacadeSpreadDeg = 60 });

        Assert.True(result.FacingPublicAssessed);
        // Perimeter 120 m, stations at 5, 15, …; the south edge (0..40 m along x) holds 4 of them.
        Assert.Equal(4, result.MountPoints);
        Assert.Equal(4 * 5, result.Candidates.Count);
        Assert.All(result.Candidates, c =>
        {
            Assert.Equal(-0.3, c.Y, 9);
            Assert.InRange(c.Optics.HeadingDeg, 120 - 1e-9, 240 + 1e-9);
            Assert.Equal(Model.Key, c.Model);
            Assert.Equal(OperatorType.Municipality, c.Operator);
        });
        Assert.Equal([5.0, 15, 25, 35], result.Candidates.Select(c => c.X).Distinct().Order());
        Assert.Equal(result.Candidates.Count, result.Candidates.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Generate_NoPublicAreaZones_EveryFacadeAndSaysSo()
    {
        var result = CandidateGenerator.Generate(PlanWith(), new CandidateGeneratorOptions { Models = [Model], SpacingM = 10 });

        Assert.False(result.FacingPublicAssessed);
        Assert.Equal(12, result.MountPoints);
    }

    [Fact]
    public void Generate_Poles_AllRoundHeadings()
    {
        var pole = House.Footprint.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(-20, -6));
        var result = CandidateGenerator.Generate(new Plan(25832, new PlanMetadata()) { Zones = [Street] },
            new CandidateGeneratorOptions { Models = [Model], Poles = [pole], HeadingStepDeg = 45 });

        Assert.Equal([0.0, 45, 90, 135, 180, 225, 270, 315], result.Candidates.Select(c => c.Optics.HeadingDeg));
        Assert.All(result.Candidates, c => Assert.Equal(6, c.Optics.HeightM));
    }

    [Fact]
    public void Generate_NoModels_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<DomainRuleException>(() => CandidateGenerator.Generate(PlanWith(Street), new CandidateGeneratorOptions()));
        Assert.Equal("models", ex.Field);
    }
}
