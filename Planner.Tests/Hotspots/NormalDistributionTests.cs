using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

public sealed class NormalDistributionTests
{
    // Reference values from mpmath (50 digits), rounded to 20 significant digits.
    [Theory]
    [InlineData("tiny", 0.1, 0.88753708398171504701)]
    [InlineData("small", 0.3, 0.67137324054087255121)]
    [InlineData("range edge", 0.46875, 0.5073865267820619751)]
    [InlineData("half", 0.5, 0.47950012218695348132)]
    [InlineData("one", 1, 0.15729920705028513361)]
    [InlineData("two", 2, 0.0046777349810472662259)]
    [InlineData("three", 3, 0.000022090496998585441217)]
    [InlineData("below four", 3.9, 3.4792248597231765267e-8)]
    [InlineData("four", 4, 1.5417257900280019994e-8)]
    [InlineData("above four", 4.5, 1.9661604415428875814e-10)]
    [InlineData("six", 6, 2.1519736712498912798e-17)]
    [InlineData("ten", 10, 2.0884875837625448771e-45)]
    [InlineData("twenty", 20, 5.3958656116079011787e-176)]
    [InlineData("twenty-six", 26, 5.6631924088561431919e-296)]
    public void Erfc_KnownValues_Within1e12Relative(string name, double x, double expected)
    {
        _ = name;
        var got = NormalDistribution.Erfc(x);
        Assert.True(Math.Abs(got - expected) <= 1e-13 * expected, $"erfc({x}) = {got:R}, expected {expected:R}");
        var negative = NormalDistribution.Erfc(-x);
        Assert.True(Math.Abs(negative - (2 - expected)) <= 1e-15 * 2, $"erfc(-{x}) = {negative:R}");
    }

    [Fact]
    public void TwoSidedP_Z196_IsFivePercent() =>
        Assert.Equal(0.049995790296440, NormalDistribution.TwoSidedP(1.96), 12);

    [Fact]
    public void TwoSidedP_Symmetric_AndOneAtZero()
    {
        Assert.Equal(1.0, NormalDistribution.TwoSidedP(0), 15);
        Assert.Equal(NormalDistribution.TwoSidedP(2.5), NormalDistribution.TwoSidedP(-2.5));
    }
}
