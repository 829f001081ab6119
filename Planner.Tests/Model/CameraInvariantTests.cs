using CsCheck;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Tests.Model;

/// <summary>Issue 9 item 6: camera invariants hold through constructors and <c>with</c> expressions alike.</summary>
public sealed class CameraInvariantTests
{
    private static readonly CameraOptics Optics = CameraOptics.Create(90);
    private static readonly Camera Valid = new("c1", 100, 200, Optics);

    [Theory]
    [InlineData("NaN x", double.NaN, 0)]
    [InlineData("infinite x", double.PositiveInfinity, 0)]
    [InlineData("NaN y", 0, double.NaN)]
    [InlineData("minus infinite y", 0, double.NegativeInfinity)]
    public void With_NonFinitePosition_Throws(string name, double x, double y)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Valid with { X = x, Y = y });

        Assert.True(ex.Field is "x" or "y", name);
        Assert.StartsWith($"{ex.Field} must be in [-{PlausibleRanges.MaxAbsCoordinateM}, {PlausibleRanges.MaxAbsCoordinateM}]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_DefaultOptics_ThrowsNamingOptics()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Valid with { Optics = default });

        Assert.Equal("optics", ex.Field);
    }

    [Fact]
    public void Constructor_DefaultOptics_Throws() =>
        Assert.Equal("optics", Assert.Throws<DomainRuleException>(() => new Camera("c", 0, 0, default)).Field);

    [Fact]
    public void With_AnyDouble_AcceptsExactlyTheFiniteOnesWithinThePlausibleRange()
    {
        static bool Plausible(double v) => double.IsFinite(v) && Math.Abs(v) <= PlausibleRanges.MaxAbsCoordinateM;
        Gen.Select(Gen.OneOf(Gen.Double, Gen.Double[-3e7, 3e7]), Gen.OneOf(Gen.Double, Gen.Double[-3e7, 3e7])).Sample((x, y) =>
        {
            if (Plausible(x) && Plausible(y))
            {
                var moved = Valid with { X = x, Y = y };
                Assert.Equal((x, y), (moved.X, moved.Y));
                Assert.Equal(Valid.Optics, moved.Optics);
            }
            else
            {
                Assert.Throws<DomainRuleException>(() => Valid with { X = x, Y = y });
            }
        }, iter: 2000);
    }

    [Theory]
    [InlineData("slightly below ground", -0.01)]
    [InlineData("NaN", double.NaN)]
    [InlineData("minus infinity", double.NegativeInfinity)]
    public void ComputeView_TargetHeightNotNonNegative_ThrowsInTheEngine(string name, double targetHeightM)
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            CoverageEngine.ComputeView(Valid, CoverageIndex.Build([]), new CoverageOptions { TargetHeightM = targetHeightM }));

        Assert.True(ex.Field == "target_height_m", name);
    }
}
