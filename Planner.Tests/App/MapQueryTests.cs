using Planner.Desktop.App;
using Planner.Geo;

namespace Planner.Tests.App;

public sealed class MapQueryTests
{
    [Theory]
    [InlineData("1,2,3", "1", "bbox")]
    [InlineData("1,2,3,x", "1", "bbox")]
    [InlineData("5,0,1,1", "1", "bbox")]
    [InlineData("0,0,1,NaN", "1", "bbox")]
    [InlineData("0,0,1,1", "0", "res")]
    [InlineData("0,0,1,1", "", "res")]
    [InlineData(null, "1", "bbox")]
    public void Parse_Malformed_RefusedNamingTheField(string? bbox, string? res, string field) =>
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => MapQuery.Parse(bbox, res)).Field);

    [Fact]
    public void Parse_Valid_ExtentAndResolution()
    {
        var q = MapQuery.Parse("535000.5,6231000,536000,6232000.25", "0.5");
        Assert.Equal((535000.5, 6231000.0, 536000.0, 6232000.25, 0.5), (q.Extent.MinX, q.Extent.MinY, q.Extent.MaxX, q.Extent.MaxY, q.Resolution));
    }
}
