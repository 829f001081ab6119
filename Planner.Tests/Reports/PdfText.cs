using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Planner.Tests.Reports;

/// <summary>Reads a PDF back with PdfPig: per-page text with all whitespace removed (so wrapped lines still match), and font descriptors.</summary>
internal sealed class PdfText
{
    private PdfText(IReadOnlyList<string> pages, IReadOnlyList<DictionaryToken> fontDescriptors, string title, string author)
    {
        Pages = pages;
        Words = [];
        FontDescriptors = fontDescriptors;
        Title = title;
        Author = author;
    }

    /// <summary>The words of each page as PdfPig separates them (letters grouped by spacing).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Words { get; private init; }

    /// <summary>The document catalog's /Lang entry, or null.</summary>
    public string? Language { get; private init; }

    /// <summary>Text of each page, whitespace removed.</summary>
    public IReadOnlyList<string> Pages { get; }

    public IReadOnlyList<DictionaryToken> FontDescriptors { get; }

    public string Title { get; }

    public string Author { get; }

    public static PdfText Read(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var pages = doc.GetPages().Select(p => Squash(string.Concat(p.Letters.Select(l => l.Value)))).ToList();
        var descriptors = new List<DictionaryToken>();
        foreach (var reference in doc.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = doc.Structure.GetObject(reference).Data;
            if (token is DictionaryToken d && d.TryGet(NameToken.Type, out var type) && type is NameToken { Data: "FontDescriptor" })
            {
                descriptors.Add(d);
            }
        }

        var words = doc.GetPages().Select(p => (IReadOnlyList<string>)p.GetWords().Select(w => w.Text).ToList()).ToList();
        string? lang = doc.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out var l) && l is StringToken s ? s.Data : null;
        return new PdfText(pages, descriptors, doc.Information.Title ?? "", doc.Information.Author ?? "") { Words = words, Language = lang };
    }

    public static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    public bool Contains(string text) => Pages.Any(p => p.Contains(Squash(text), StringComparison.Ordinal));

    /// <summary>
    /// Index in the squashed text of <paramref name="all"/> where the heading <paramref name="heading"/> stands: an
    /// occurrence not followed by ':' (a caption such as "Camera X: real view") or a digit (a longer id); −1 if none.
    /// </summary>
    public static int HeadingIndex(string all, string heading)
    {
        ArgumentNullException.ThrowIfNull(all);
        var h = Squash(heading);
        for (var at = all.IndexOf(h, StringComparison.Ordinal); at >= 0; at = all.IndexOf(h, at + 1, StringComparison.Ordinal))
        {
            var next = at + h.Length < all.Length ? all[at + h.Length] : ' ';
            if (next != ':' && !char.IsDigit(next))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>0-based page on which heading <paramref name="heading"/> stands (see <see cref="HeadingIndex"/>), or −1.</summary>
    public int HeadingPage(string heading) => Pages.ToList().FindIndex(p => HeadingIndex(p, heading) >= 0);

    /// <summary>Index (0-based) of the first page containing <paramref name="text"/>, or −1.</summary>
    public int FirstPageOf(string text) => Pages.ToList().FindIndex(p => p.Contains(Squash(text), StringComparison.Ordinal));
}
