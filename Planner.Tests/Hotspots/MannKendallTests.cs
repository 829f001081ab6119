using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

public sealed class MannKendallTests
{
    [Fact]
    public void Test_NoTies_HandComputed()
    {
        // [1, 3, 2, 5, 4]: 8 increasing pairs, 2 decreasing (3→2, 5→4) → S = 6; Var = 5·4·15/18 = 50/3; z = (6 − 1)/√(50/3).
        var r = MannKendall.Test([1, 3, 2, 5, 4]);
        Assert.Equal(6, r.S);
        Assert.Equal(50.0 / 3, r.Variance, 12);
        Assert.Equal(5 / Math.Sqrt(50.0 / 3), r.Z, 12);
        Assert.Equal(NormalDistribution.TwoSidedP(r.Z), r.P);
    }

    [Fact]
    public void Test_WithTies_HandComputed()
    {
        // [1, 1, 2, 2, 3]: 8 increasing pairs, 2 tied → S = 8; two tie groups of 2: Σ t(t−1)(2t+5) = 2·(2·1·9) = 36;
        // Var = (300 − 36)/18 = 44/3; z = 7/√(44/3).
        var r = MannKendall.Test([1, 1, 2, 2, 3]);
        Assert.Equal(8, r.S);
        Assert.Equal(44.0 / 3, r.Variance, 12);
        Assert.Equal(7 / Math.Sqrt(44.0 / 3), r.Z, 12);
        Assert.Equal(1, r.Trend(0.1));
    }

    [Fact]
    public void Test_Decreasing_NegativeWithContinuityCorrection()
    {
        // Strictly decreasing, n = 6: S = −15, Var = 6·5·17/18 = 85/3, z = (−15 + 1)/√(85/3).
        var r = MannKendall.Test([9, 7, 5, 4, 2, 1]);
        Assert.Equal(-15, r.S);
        Assert.Equal(-14 / Math.Sqrt(85.0 / 3), r.Z, 12);
        Assert.Equal(-1, r.Trend(0.05));
    }

    [Fact]
    public void Test_Constant_NoTrend()
    {
        var r = MannKendall.Test([3, 3, 3, 3]);
        Assert.Equal(0, r.S);
        Assert.Equal(0, r.Z);
        Assert.Equal(1, r.P);
        Assert.Equal(0, r.Trend(0.05));
    }
}
