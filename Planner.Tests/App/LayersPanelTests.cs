using Bunit;
using Planner.Desktop.App;
using Planner.Desktop.Components;

namespace Planner.Tests.App;

/// <summary>The layers panel (bUnit): a toggle, an opacity slider and a legend in the map's own colours for every layer.</summary>
public sealed class LayersPanelTests : BunitContext
{
    private static List<LayerState> Layers() => [.. MapLayers.All.Select(l => new LayerState(l))];

    [Fact]
    public void Render_EveryLayer_ToggleOpacityAndLegendColours()
    {
        var panel = Render<LayersPanel>(p => p.Add(c => c.Layers, Layers()));

        foreach (var layer in MapLayers.All)
        {
            var toggle = panel.Find($"#toggle-{layer.Id}");
            Assert.Equal(layer.Visible, toggle.HasAttribute("checked"));
            Assert.NotNull(panel.Find($"#opacity-{layer.Id}"));
            var swatches = panel.FindAll($"#layer-{layer.Id} .swatch").Select(s => s.GetAttribute("style")).ToList();
            Assert.Equal(layer.Legend.Select(e => "background:" + e.Colour), swatches);
        }
    }

    [Fact]
    public void Change_ToggleAndOpacity_ReportedWithTheNewState()
    {
        var layers = Layers();
        var changes = new List<(string, bool, double)>();
        var panel = Render<LayersPanel>(p => p
            .Add(c => c.Layers, layers)
            .Add(c => c.OnChanged, (LayerState l) => changes.Add((l.Layer.Id, l.Visible, l.Opacity))));

        panel.Find("#toggle-buildings").Change(false);
        panel.Find("#opacity-zones").Input("0.25");

        var zones = layers.First(l => l.Layer.Id == "zones");
        Assert.Equal([("buildings", false, 1.0), ("zones", zones.Visible, 0.25)], changes);
    }
}
