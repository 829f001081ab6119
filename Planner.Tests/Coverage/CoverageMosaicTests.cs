using CsCheck;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Sample;

namespace Planner.Tests.Coverage;

/// <summary>Issue 9: the tiled plan-wide coverage equals the global union and pairwise overlap of <see cref="PlanCoverage"/>.</summary>
public sealed class CoverageMosaicTests
{
    private static readonly Plan Sample = SampleMunicipality.Build();
    private static readonly IReadOnlyList<CameraView> Views = CoverageEngine.ComputeViews(Sample.Cameras, Sample.Buildings);
    private static readonly PlanCoverage Global = PlanCoverage.Compute(Views, Sample.Zones);

    [Theory]
    [InlineData("one tile", 100_000)]
    [InlineData("default", CoverageMosaic.DefaultTileSizeM)]
    [InlineData("small tiles cut most views", 37)]
    public void Build_Sample_AreasEqualGlobalUnionToOnePpm(string name, double tileSizeM)
    {
        var mosaic = CoverageMosaic.Build(Views, tileSizeM);

        foreach (var level in DoriLevels.All)
        {
            Assert.True(Math.Abs(Global.AreaM2(level) - mosaic.AreaM2(level)) <= 1e-6 * Global.AreaM2(level), $"{name}: {level}");
        }

        Assert.True(Math.Abs(Global.OverlapM2 - mosaic.OverlapM2) <= 1e-6 * Math.Max(1, Global.OverlapM2), $"{name}: overlap");
        Assert.True(Global.Union[DoriLevel.Visible].SymmetricDifference(mosaic.Union(DoriLevel.Visible)).Area < 1e-3, $"{name}: merged union");
    }

    [Theory]
    [InlineData("default", CoverageMosaic.DefaultTileSizeM)]
    [InlineData("small tiles cut most views", 23)]
    public void AreaM2_Sample_EqualsTheTilesOverlayGeometry(string name, double tileSizeM)
    {
        // The sweep's areas against the same tiles' OverlayNG union and overlap: an independent reference per tile.
        var mosaic = CoverageMosaic.Build(Views, tileSizeM);

        foreach (var level in DoriLevels.All)
        {
            var overlay = mosaic.OverlayAreas(level);
            Assert.True(Math.Abs(overlay.UnionM2 - mosaic.AreaM2(level)) <= 1e-6 * Math.Max(1, overlay.UnionM2), $"{name}: {level}");
            Assert.True(Math.Abs(overlay.OverlapM2 - mosaic.OverlapM2) <= 1e-6 * Math.Max(1, overlay.OverlapM2), $"{name}: overlap");
        }
    }

    [Fact]
    public void ToPlanCoverage_Sample_ZoneFiguresEqualGlobal()
    {
        var tiled = CoverageMosaic.Build(Views, 60).ToPlanCoverage(Sample.Zones);

        Assert.Equal(Global.Zones.Select(z => z.ZoneId), tiled.Zones.Select(z => z.ZoneId));
        foreach (var (want, got) in Global.Zones.Zip(tiled.Zones))
        {
            foreach (var level in DoriLevels.All)
            {
                Assert.Equal(want.CoveredM2[level], got.CoveredM2[level], 1e-6 * Math.Max(1, want.AreaM2));
            }

            Assert.Equal(want.OverlapM2, got.OverlapM2, 1e-6 * Math.Max(1, want.AreaM2));
            Assert.True(want.BlindSpot.SymmetricDifference(got.BlindSpot).Area < 1e-3, $"blind spot of {want.ZoneId}");
        }
    }

    [Fact]
    public void Apply_RandomRemovalsAndReAdds_EqualsFreshBuildOfTheSameViews()
    {
        Gen.Select(Gen.Int[0, Views.Count - 1].Array[1, 6], Gen.Double[30, 300]).Sample((picks, tile) =>
        {
            var removed = picks.Distinct().Select(i => Views[i].CameraId).ToList();
            var kept = Views.Where(v => !removed.Contains(v.CameraId)).ToList();
            var full = CoverageMosaic.Build(Views, tile);

            var without = full.Apply(removed, []);
            var again = without.Apply([], [.. Views.Where(v => removed.Contains(v.CameraId))]);

            var fresh = CoverageMosaic.Build(kept, tile);
            foreach (var level in DoriLevels.All)
            {
                Assert.Equal(fresh.AreaM2(level), without.AreaM2(level), 1e-6 * Math.Max(1, fresh.AreaM2(level)));
                Assert.Equal(full.AreaM2(level), again.AreaM2(level), 1e-6 * Math.Max(1, full.AreaM2(level)));
            }

            Assert.Equal(fresh.OverlapM2, without.OverlapM2, 1e-6 * Math.Max(1, fresh.OverlapM2));
            Assert.Equal(full.OverlapM2, again.OverlapM2, 1e-6 * Math.Max(1, full.OverlapM2));
            Assert.Equal(kept.Count, without.CameraCount);
        }, iter: 25, threads: 1);
    }

    [Fact]
    public void Build_EightHeadingsPerSiteAmongSampleBuildings_AreasEqualGlobalUnionToOnePpm()
    {
        // Issue 9 dense case in small: cameras on one site share the camera point, the arc chord grid and every shadow
        // edge, so their views have many identical edges; the sweep must count such ground once (and twice for overlap).
        var sites = Sample.Cameras.Take(6).ToList();
        var cameras = sites.SelectMany((c, s) => Enumerable.Range(0, 8).Select(k =>
            new Camera($"{c.Id}-h{k}", c.X, c.Y, CameraOptics.Create(k * 45.0, 70, null, 60, 6, 10, 1920, false)))).ToList();
        var views = CoverageEngine.ComputeViews(cameras, Sample.Buildings);
        var global = PlanCoverage.Compute(views, []);

        var mosaic = CoverageMosaic.Build(views);

        foreach (var level in DoriLevels.All)
        {
            Assert.Equal(global.AreaM2(level), mosaic.AreaM2(level), 1e-6 * Math.Max(1, global.AreaM2(level)));
        }

        Assert.True(global.OverlapM2 > 1000, "the headings overlap");
        Assert.Equal(global.OverlapM2, mosaic.OverlapM2, 1e-6 * global.OverlapM2);
    }
}
