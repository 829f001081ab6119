using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Tests.Support;

namespace Planner.Tests.Formats;

/// <summary>Issue 15 (cost budget): the optional <c>price_dkk</c> of a catalogue model, never assumed for the bundled catalogue.</summary>
public sealed class CameraCataloguePriceTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("catalogue-price-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Catalogue(string price) =>
        Write("{\"version\":1,\"models\":[{\"key\":\"m1\",\"name\":\"M1\",\"kind\":\"bullet\",\"resolution_px\":1920,\"resolution_v_px\":1080,"
            + "\"hfov_deg\":90,\"vfov_deg\":50,\"range_m\":20,\"ptz\":false" + price + "}]}");

    private string Write(string json)
    {
        var path = Path.Combine(dir, "catalogue.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Load_PriceGiven_ModelCarriesIt()
    {
        var catalogue = CameraCatalogueLoader.Load(Catalogue(",\"price_dkk\":12500"));

        Assert.True(catalogue.TryGet("m1", out var m));
        Assert.Equal(12500, m.PriceDkk);
    }

    [Fact]
    public void Load_BundledCatalogue_StatesNoPrices()
    {
        var bundled = CameraCatalogueLoader.Load(TestPaths.RepoFile("data/cameras/catalogue.json"));

        Assert.All(bundled.Models, m => Assert.Null(m.PriceDkk));
    }

    [Theory]
    [InlineData("zero", ",\"price_dkk\":0")]
    [InlineData("negative", ",\"price_dkk\":-100")]
    [InlineData("text", ",\"price_dkk\":\"cheap\"")]
    public void Load_BadPrice_InputExceptionNamingModelAndField(string name, string price)
    {
        Assert.NotNull(name);
        var ex = Assert.Throws<InputException>(() => CameraCatalogueLoader.Load(Catalogue(price)));

        Assert.Contains("model 1 (key \"m1\")", ex.Message, StringComparison.Ordinal);
        Assert.Contains("price_dkk", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriceDkk_WithExpressionNegative_Refused()
    {
        var model = CameraModel.Create("m", "M", "bullet", 1920, 1080, 90, 90, 50, 20, false);

        Assert.Equal("price_dkk", Assert.Throws<DomainRuleException>(() => model with { PriceDkk = -1 }).Field);
    }
}
