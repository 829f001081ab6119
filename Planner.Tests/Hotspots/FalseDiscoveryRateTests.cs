using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

public sealed class FalseDiscoveryRateTests
{
    [Fact]
    public void Threshold_HandMadeP_TextbookExample()
    {
        // m = 10, q = 0.05: k/m·q = 0.005, 0.010, 0.015, 0.020, 0.025, …
        // sorted p: 0.001 ≤ .005 ✓, 0.008 ≤ .010 ✓, 0.039 > .015, 0.041 > .020, 0.042 > .025, 0.065, 0.074, 0.205, 0.212, 0.216
        // → largest k = 2, threshold 0.008: two rejections (note 0.039 < 0.05 is NOT rejected).
        double[] p = [0.205, 0.001, 0.042, 0.008, 0.216, 0.039, 0.041, 0.065, 0.074, 0.212];
        Assert.Equal(0.008, FalseDiscoveryRate.Threshold(p, 0.05));
        // q = 0.10: k/m·q = 0.01·k: 0.001 ✓, 0.008 ✓(0.02), 0.039 ≤ 0.03? no; 0.041 ≤ 0.04? no; 0.042 ≤ 0.05 ✓, 0.065 > 0.06, 0.074 > 0.07, 0.205 > 0.08 … → k = 5.
        Assert.Equal(0.042, FalseDiscoveryRate.Threshold(p, 0.10));
        // q = 0.01: 0.001 ≤ 0.001 ✓, 0.008 ≤ 0.002 no → k = 1.
        Assert.Equal(0.001, FalseDiscoveryRate.Threshold(p, 0.01));
        Assert.Equal(-1, FalseDiscoveryRate.Threshold([0.5, 0.9], 0.05));
    }

    [Fact]
    public void Classify_HandMadeP_MapsLevelsAndSigns()
    {
        double[] p = [0.205, 0.001, 0.042, 0.008, 0.216, 0.039, 0.041, 0.065, 0.074, 0.212];
        double[] z = [1, 3.3, 2.0, -2.6, 1, 2, -2.04, 1.9, 1.8, 1];
        var c = FalseDiscoveryRate.Classify(z, p);
        Assert.Equal(HotspotClass.Hot99, c[1]);   // rejected at q = 0.01
        Assert.Equal(HotspotClass.Cold95, c[3]);  // rejected at 0.05, not at 0.01, z < 0
        Assert.Equal(HotspotClass.Hot90, c[2]);   // 0.042: only at 0.10
        Assert.Equal(HotspotClass.Hot90, c[5]);   // 0.039 ≤ 0.042
        Assert.Equal(HotspotClass.Cold90, c[6]);  // 0.041 ≤ 0.042, z < 0
        Assert.Equal(HotspotClass.None, c[7]);    // 0.065 > 0.042
        Assert.Equal(HotspotClass.None, c[0]);
    }

    [Fact]
    public void Thresholds_RandomP_AgreeWithFullSortReference()
    {
        var rng = new Random(3);
        for (var round = 0; round < 50; round++)
        {
            var m = 1 + rng.Next(300);
            var p = Enumerable.Range(0, m).Select(_ => rng.Next(4) == 0 ? rng.NextDouble() * 0.002 : rng.NextDouble()).ToArray();
            foreach (var q in new[] { 0.01, 0.05, 0.10 })
            {
                var t = FalseDiscoveryRate.Threshold(p, q);
                var expected = BruteForce.BenjaminiHochberg(p, q);
                for (var i = 0; i < m; i++)
                {
                    Assert.Equal(expected[i], p[i] <= t);
                }
            }
        }
    }
}
