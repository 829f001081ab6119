using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Tests.Support;

namespace Planner.Tests.Formats;

public sealed class CameraCatalogueTests
{
    private static CameraCatalogue Bundled() => CameraCatalogueLoader.Load(TestPaths.RepoFile("data/cameras/catalogue.json"));

    [Fact]
    public void Bundled_HasFixedVarifocalAndPtzModelsOfEveryResolution()
    {
        var cat = Bundled();
        Assert.InRange(cat.Models.Count, 12, 20);
        Assert.Contains(cat.Models, m => m.Kind == "bullet" && !m.Varifocal && m.ResolutionPx == 1920);
        Assert.Contains(cat.Models, m => m.Kind == "dome" && !m.Varifocal && m.ResolutionPx == 2688);
        Assert.Contains(cat.Models, m => !m.Varifocal && m.ResolutionPx == 3840);
        Assert.Contains(cat.Models, m => m.Varifocal && !m.Ptz);
        Assert.Contains(cat.Models, m => m.Ptz && m.Kind == "ptz");
        Assert.Equal(cat.Models.Count, cat.Models.Select(m => m.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Bundled_FixedModels_RangeIsWhereTheWideEndStillDetects()
    {
        // Contract ppm(d) = resolution / (2 d tan(hfov/2)) ≥ 25 px/m (detect) out to range_m, rounded to 5 m.
        foreach (var m in Bundled().Models.Where(m => !m.Ptz))
        {
            var detectDistance = m.ResolutionPx / (2 * 25 * Math.Tan(m.HfovMaxDeg * Math.PI / 360));
            Assert.True(Math.Abs(detectDistance - m.RangeM) <= 2.5, $"{m.Key}: range {m.RangeM}, detect distance {detectDistance:F1}");
        }
    }

    [Fact]
    public void Bundled_VfovLiesBetweenProportionalAndRectilinear()
    {
        // A distortion-free (rectilinear) lens gives vfov = 2·atan(tan(h/2)·V/H); barrel distortion of real wide lenses
        // squeezes the edges, so data sheets give less, down to about the proportional h·V/H.
        foreach (var m in Bundled().Models)
        {
            var aspect = (double)m.ResolutionVPx / m.ResolutionPx;
            var rectilinear = 2 * Math.Atan(Math.Tan(m.HfovMaxDeg * Math.PI / 360) * aspect) * 180 / Math.PI;
            var proportional = m.HfovMaxDeg * aspect;
            Assert.True(m.VfovDeg <= rectilinear + 0.5 && m.VfovDeg >= proportional - 5, $"{m.Key}: vfov {m.VfovDeg}, rectilinear {rectilinear:F1}, proportional {proportional:F1}");
        }
    }

    [Fact]
    public void FindBundled_FromTheTestFolder_FindsTheRepositoryCatalogue()
    {
        // The build copies data/cameras next to the program; what it finds must be the repository's catalogue.
        var found = CameraCatalogueLoader.FindBundled();
        Assert.NotNull(found);
        Assert.Equal(File.ReadAllText(TestPaths.RepoFile("data/cameras/catalogue.json")), File.ReadAllText(found));
    }

    [Theory]
    [InlineData("duplicate key", """{"models":[{"key":"a","name":"A","kind":"dome","resolution_px":1920,"resolution_v_px":1080,"hfov_deg":90,"vfov_deg":50,"range_m":30},{"key":"A","name":"B","kind":"dome","resolution_px":1920,"resolution_v_px":1080,"hfov_deg":90,"vfov_deg":50,"range_m":30}]}""", "model 2 (key \"A\"): key: expected a unique key; model 1 has the same key")]
    [InlineData("min above max", """{"models":[{"key":"a","name":"A","kind":"dome","resolution_px":1920,"resolution_v_px":1080,"hfov_deg":{"min":90,"max":30},"vfov_deg":50,"range_m":30}]}""", "model 1 (key \"a\"): hfov_deg: hfov_deg.min must be ≤ hfov_deg.max")]
    [InlineData("unknown kind", """{"models":[{"key":"a","name":"A","kind":"box","resolution_px":1920,"resolution_v_px":1080,"hfov_deg":90,"vfov_deg":50,"range_m":30}]}""", "model 1 (key \"a\"): kind: kind must be bullet, dome or ptz")]
    [InlineData("missing range", """{"models":[{"key":"a","name":"A","kind":"dome","resolution_px":1920,"resolution_v_px":1080,"hfov_deg":90,"vfov_deg":50}]}""", "model 1 (key \"a\"): range_m: range_m must be a number")]
    [InlineData("no models array", """{"version":1}""", "models: expected an object with a \"models\" array")]
    public void Load_BadCatalogue_NamesModelAndField(string name, string json, string expected)
    {
        using var tmp = new TempFolder();
        var path = tmp.File("catalogue.json", json);
        var ex = Assert.Throws<InputException>(() => CameraCatalogueLoader.Load(path));
        Assert.True(ex.Message == $"{path}: {expected}", $"{name}: {ex.Message}");
    }

    [Fact]
    public void Load_CatalogueDirectoryOption_IsUsedForModelKeys()
    {
        using var tmp = new TempFolder();
        tmp.File("catalogue.json", """{"models":[{"key":"own-cam","name":"Own","kind":"bullet","resolution_px":1000,"resolution_v_px":500,"hfov_deg":{"min":20,"max":80},"vfov_deg":40,"range_m":33}]}""");
        var cams = tmp.File("c.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c","heading_deg":0,"model":"OWN-CAM"},"geometry":{"type":"Point","coordinates":[12.5683,55.6761]}}]}""");
        var c = Assert.Single(PlanFileLoader.Load(new PlanFiles(Cameras: cams), new PlanLoadOptions { CatalogueDirectory = tmp.Path }).Plan.Cameras);
        Assert.Equal(("own-cam", 1000, 80.0, 40.0, 33.0), (c.Model, c.Optics.ResolutionPx, c.Optics.HfovDeg, c.Optics.VfovDeg, c.Optics.RangeM));
    }
}
