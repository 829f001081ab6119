using Planner.Desktop.App;

namespace Planner.Desktop.Components;

/// <summary>A layer as the planner set it in this window: shown or not, and its opacity in [0, 1].</summary>
public sealed class LayerState
{
    internal LayerState(MapLayer layer)
    {
        Layer = layer;
        Visible = layer.Visible;
        Opacity = layer.Opacity;
    }

    internal MapLayer Layer { get; }

    public bool Visible { get; set; }

    public double Opacity { get; set; }
}
