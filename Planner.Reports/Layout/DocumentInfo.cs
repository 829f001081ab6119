namespace Planner.Reports.Layout;

/// <summary>
/// What goes into the PDF's metadata and the running header/footer. <see cref="PageLabel"/> formats "page x of y"
/// in the document's language; <see cref="Created"/> is stamped as the creation and modification date.
/// </summary>
public sealed record DocumentInfo(string Title, string Author, DateTimeOffset Created, string Language)
{
    public string Subject { get; init; } = "";

    public string Keywords { get; init; } = "";

    public string HeaderLeft { get; init; } = "";

    public string HeaderRight { get; init; } = "";

    /// <summary>Printed at the left of every footer (e.g. a "synthetic data" label).</summary>
    public string FooterLeft { get; init; } = "";

    /// <summary>The contents list whose headings get their page numbers after pagination (null = none).</summary>
    public Outline? Outline { get; init; }

    public Func<int, int, string> PageLabel { get; init; } = (x, y) => $"Page {x} of {y}";
}
