using CsCheck;
using Planner.Geo.Formats;

namespace Planner.Tests.Formats;

/// <summary>Issue 9: the swap check's median by selection equals the median of the sorted values.</summary>
public sealed class SwapDetectorMedianTests
{
    [Fact]
    public void Median_RandomValuesWithRepeats_EqualsSortedMiddle()
    {
        Gen.OneOf(Gen.Double[-180, 180], Gen.Int[0, 5].Select(i => (double)i)).Array[1, 400].Sample(values =>
        {
            var sorted = values.Order().ToArray();
            var n = sorted.Length;
            var expected = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;

            Assert.Equal(expected, SwapDetector.Median(values));
        }, iter: 2_000);
    }

    [Theory]
    [InlineData("odd", new[] { 3.0, 1, 2 }, 2.0)]
    [InlineData("even", new[] { 4.0, 1, 3, 2 }, 2.5)]
    [InlineData("all equal", new[] { 7.0, 7, 7, 7 }, 7.0)]
    public void Median_HandPicked_Middle(string name, double[] values, double expected)
    {
        Assert.True(SwapDetector.Median(values) == expected, name);
    }
}
