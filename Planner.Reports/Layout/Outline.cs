namespace Planner.Reports.Layout;

/// <summary>
/// The document's table of contents: headings register here when the blocks are built, and the writer records the
/// page each one lands on after pagination and before drawing (so the contents page can print page numbers and links).
/// Entries are single lines, so their page numbers never change the layout.
/// </summary>
public sealed class Outline
{
    private readonly List<OutlineEntry> entries = [];
    private readonly Dictionary<string, int> pages = new(StringComparer.Ordinal);

    public IReadOnlyList<OutlineEntry> Entries => entries;

    /// <summary>A heading listed in the contents; returns the heading with its anchor set.</summary>
    public Heading Add(string text, int level = 1, bool? newPage = null)
    {
        var heading = new Heading(text, level, newPage, this) { Anchor = "h" + (entries.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        entries.Add(new OutlineEntry(heading.Anchor, text, level));
        return heading;
    }

    /// <summary>Records that <paramref name="anchor"/> is on 1-based page <paramref name="page"/> (the first occurrence wins).</summary>
    public void Place(string anchor, int page) => pages.TryAdd(anchor, page);

    /// <summary>The 1-based page of <paramref name="anchor"/>, or null before pagination.</summary>
    public int? PageOf(string anchor) => pages.TryGetValue(anchor, out var p) ? p : null;
}

/// <summary>One contents entry: the heading's anchor (a PDF named destination), its text and level.</summary>
public readonly record struct OutlineEntry(string Anchor, string Text, int Level);
