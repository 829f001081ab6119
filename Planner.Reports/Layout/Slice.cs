using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>
/// The unit of pagination: a piece of a block placed whole on one page. <see cref="Draw"/> gets the canvas, the
/// slice's top-left corner and the content width, in points.
/// </summary>
public sealed record Slice(float Height, Action<SKCanvas, SKPoint, float> Draw)
{
    /// <summary>Vertical gap above the slice, dropped when the slice opens a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Moves to the next page together with the following slice (headings, table headers).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Starts a new page (unless the current page is still empty).</summary>
    public bool PageBreakBefore { get; init; }

    /// <summary>Drawn first whenever this slice opens a page (a table's header row).</summary>
    public Slice? RepeatHeader { get; init; }

    /// <summary>Key of a heading whose page the table of contents prints (see <see cref="Outline"/>).</summary>
    public string? Anchor { get; init; }
}
