using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Planner.Tests.Reports;

/// <summary>Reads a PDF back with PdfPig: per-page text with all whitespace removed (so wrapped lines still match), and font descriptors.</summary>
internal sealed class PdfText
{
    private PdfText(IReadOnlyList<string> pages, IReadOnlyList<DictionaryToken> fontDescriptors, string title, string author)
    {
        Pages = pages;
        FontDescriptors = fontDescriptors;
        Title = title;
        Author = author;
    }

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

        return new PdfText(pages, descriptors, doc.Information.Title ?? "", doc.Information.Author ?? "");
    }

    public static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    public bool Contains(string text) => Pages.Any(p => p.Contains(Squash(text), StringComparison.Ordinal));

    /// <summary>Index (0-based) of the first page containing <paramref name="text"/>, or −1.</summary>
    public int FirstPageOf(string text) => Pages.ToList().FindIndex(p => p.Contains(Squash(text), StringComparison.Ordinal));
}
