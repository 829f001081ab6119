using NetTopologySuite.IO;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

/// <summary>Imports as one edit: replace and merge by id for each layer, counted; the edit applied gives the expected layer; restore edits only what differs.</summary>
public sealed class LayerImportTests
{
    private static readonly WKTReader Wkt = new();

    private static Plan Base() => new(25832, new PlanMetadata { Name = "base" })
    {
        Cameras = [Cam("c1", 0), Cam("c2", 10)],
        Buildings = [Building("b1", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), Building("b2", "POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))")],
    };

    [Theory]
    [InlineData("merge: c2 replaced, c3 added, c1 kept", ImportMode.Merge, "c1:0 c2:99 c3:20", 1, 1, 0)]
    [InlineData("replace: c1 removed, c2 replaced, c3 added", ImportMode.Replace, "c2:99 c3:20", 1, 1, 1)]
    public void Edit_Cameras_ById(string because, ImportMode mode, string expected, int added, int replaced, int removed)
    {
        var source = Base() with { Cameras = [Cam("c2", 99), Cam("c3", 20)] };
        var import = LayerImport.Edit(Base(), source, ImportLayer.Cameras, mode);
        var after = PlanEdits.ApplyTo(Base(), import.Edit);
        Assert.True(expected == string.Join(' ', after.Cameras.Select(c => $"{c.Id}:{c.X}")), because);
        Assert.Equal((added, replaced, removed), (import.Added, import.Replaced, import.Removed));
    }

    [Theory]
    [InlineData("merge keeps b1, replaces b2 in place, appends b3", ImportMode.Merge, "b1 b2 b3", "POLYGON ((20 0, 25 0, 25 5, 20 5, 20 0))")]
    [InlineData("replace keeps only the imported", ImportMode.Replace, "b2 b3", "POLYGON ((20 0, 25 0, 25 5, 20 5, 20 0))")]
    public void Edit_Buildings_OneLayerEdit(string because, ImportMode mode, string ids, string b2)
    {
        var source = Base() with
        {
            Buildings = [Building("b2", "POLYGON ((20 0, 25 0, 25 5, 20 5, 20 0))"), Building("b3", "POLYGON ((40 0, 50 0, 50 10, 40 10, 40 0))")],
        };
        var import = LayerImport.Edit(Base(), source, ImportLayer.Buildings, mode);
        Assert.IsType<ReplaceBuildings>(import.Edit);
        var after = PlanEdits.ApplyTo(Base(), import.Edit);
        Assert.True(ids == string.Join(' ', after.Buildings.Select(b => b.Id)), because);
        Assert.True(after.Buildings.Single(b => b.Id == "b2").Footprint.EqualsExact(Wkt.Read(b2), 1e-9), because);
    }

    [Fact]
    public void Edit_Streets_ReplaceStreetsEdit()
    {
        var street = new Street("s1", Wkt.Read("LINESTRING (0 0, 100 0)"), "Nørregade");
        var import = LayerImport.Edit(Base(), Base() with { Streets = [street] }, ImportLayer.Streets, ImportMode.Merge);
        Assert.Equal("streets: 1 added, 0 replaced, 0 removed", import.Summary);
        Assert.Equal("Nørregade", Assert.Single(PlanEdits.ApplyTo(Base(), import.Edit).Streets).Name);
    }

    [Fact]
    public void Edit_OtherCrs_RefusedWithTheRule()
    {
        var error = Assert.Throws<DomainRuleException>(() => LayerImport.Edit(Base(), new Plan(25833, new PlanMetadata()), ImportLayer.Cameras, ImportMode.Merge));
        Assert.Contains("EPSG:25832", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Become_SamePlan_Null_MovedCameraAndNewBuildings_OnlyThoseEdited()
    {
        Assert.Null(LayerImport.Become(Base(), Base()));
        var target = Base() with { Cameras = [Cam("c1", 0), Cam("c2", 55)], Buildings = [Base().Buildings[0]] };
        var edit = Assert.IsType<EditBatch>(LayerImport.Become(Base(), target));
        Assert.Equal(["ReplaceCamera", "ReplaceBuildings"], edit.Edits.Select(e => e.GetType().Name));
        var after = PlanEdits.ApplyTo(Base(), edit);
        Assert.Equal("c1:0 c2:55", string.Join(' ', after.Cameras.Select(c => $"{c.Id}:{c.X}")));
        Assert.Equal(["b1"], after.Buildings.Select(b => b.Id));
    }

    private static Camera Cam(string id, double x) => new(id, x, 0, CameraOptics.Create(90));

    private static Building Building(string id, string wkt) => new(id, Wkt.Read(wkt), 10);
}
