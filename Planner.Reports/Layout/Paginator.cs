using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>A slice placed on a page: its top edge, points from the top of the content area.</summary>
public readonly record struct PlacedSlice(Slice Slice, float Top);

/// <summary>
/// First pass of the two-pass layout: cuts blocks into slices and places them on pages, so the page count is known
/// before anything is drawn (the footer prints "page x of y"). Rules: a slice that does not fit goes to a new page;
/// a slice marked keep-with-next moves along with the next one; a table row opening a page gets its header first.
/// A slice taller than a whole page is placed alone and clipped.
/// </summary>
public static class Paginator
{
    public static IReadOnlyList<IReadOnlyList<PlacedSlice>> Paginate(IEnumerable<Block> blocks, FontSet fonts, PageSetup page)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var slices = blocks.SelectMany(b => b.Layout(fonts, page.ContentWidth)).ToList();
        var pages = new List<IReadOnlyList<PlacedSlice>>();
        var current = new List<PlacedSlice>();
        float y = 0;
        var limit = page.ContentHeight;

        void NewPage()
        {
            pages.Add(current);
            current = [];
            y = 0;
        }

        for (var i = 0; i < slices.Count; i++)
        {
            var s = slices[i];
            if (s.PageBreakBefore && current.Count > 0)
            {
                NewPage();
            }

            var need = (current.Count == 0 ? 0 : s.SpaceBefore) + s.Height;
            var chainEnd = i;
            while (slices[chainEnd].KeepWithNext && chainEnd + 1 < slices.Count && !slices[chainEnd + 1].PageBreakBefore)
            {
                chainEnd++;
                need += slices[chainEnd].SpaceBefore + slices[chainEnd].Height;
            }

            if (current.Count > 0 && y + need > limit)
            {
                NewPage();
            }

            if (current.Count == 0 && s.RepeatHeader is { } header && !ReferenceEquals(header, s))
            {
                current.Add(new PlacedSlice(header, 0));
                y = header.Height;
            }

            y += current.Count == 0 ? 0 : s.SpaceBefore;
            if (s.Height > 0 || current.Count > 0 || !s.PageBreakBefore)
            {
                current.Add(new PlacedSlice(s, y));
            }

            y += s.Height;
        }

        if (current.Count > 0)
        {
            pages.Add(current);
        }

        return pages;
    }

    /// <summary>Draws one page's slices into its content area.</summary>
    public static void DrawPage(SKCanvas canvas, IReadOnlyList<PlacedSlice> slices, PageSetup page)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(slices);
        foreach (var placed in slices)
        {
            placed.Slice.Draw(canvas, new SKPoint(page.Left, page.Top + placed.Top), page.ContentWidth);
        }
    }
}
