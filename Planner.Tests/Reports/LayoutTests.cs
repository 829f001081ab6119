using CsCheck;
using Planner.Reports.Layout;

namespace Planner.Tests.Reports;

public sealed class LayoutTests
{
    private static readonly FontSet Fonts = FontSet.LoadBundled();

    [Fact]
    public void Wrap_RandomWords_NoLineWiderThanWidthAndNoWordLost()
    {
        var word = Gen.String[Gen.Char["abcæøåÆØÅ§-0123456789"], 1, 40];
        Gen.Select(word.Array[1, 30], Gen.Float[30f, 300f]).Sample((words, width) =>
        {
            var text = string.Join(' ', words);
            var lines = LineBreaker.Wrap(Fonts, text, TextStyle.Body, width);
            Assert.All(lines, l => Assert.True(Fonts.Width(l, TextStyle.Body) <= width + 0.01f || l.Length == 1, $"\"{l}\" wider than {width}"));
            // Breaking only removes spaces (and splits over-long words), never letters.
            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        }, iter: 200);
    }

    [Fact]
    public void Wrap_ShortText_OneLine()
    {
        Assert.Equal(["Tv-overvågningsloven § 3"], LineBreaker.Wrap(Fonts, "Tv-overvågningsloven § 3", TextStyle.Body, 400));
    }

    [Fact]
    public void Width_LigatureCandidates_OneGlyphPerLetter()
    {
        // Ligatures are off so a PDF reader maps every glyph back to its letter ("ff" stays two glyphs).
        Assert.Equal("Offentligt".Length, Fonts.Shape("Offentligt", TextStyle.Body).Glyphs.Length);
    }

    [Fact]
    public void Paginate_LongTable_HeaderRepeatsAtTopOfEveryPage()
    {
        var table = new Table([1, 2], ["Id", "Text"]);
        for (var i = 0; i < 150; i++)
        {
            table.Row($"R{i}", i % 7 == 0 ? "a longer cell that wraps onto a second line because it is long enough to do so" : "short");
        }

        var pages = Paginator.Paginate([new Paragraph("Intro"), table], Fonts, PageSetup.A4);
        Assert.True(pages.Count >= 3, $"expected the table to span pages, got {pages.Count}");
        var header = pages[0][1].Slice;
        Assert.True(header.KeepWithNext);
        foreach (var page in pages.Skip(1))
        {
            Assert.Same(header, page[0].Slice);
            Assert.Equal(0, page[0].Top);
        }

        // Every row is placed exactly once, and nothing runs past the content area.
        Assert.Equal(1 + 1 + 150 + (pages.Count - 1), pages.Sum(p => p.Count));
        Assert.All(pages.SelectMany(p => p), s => Assert.True(s.Top + s.Slice.Height <= PageSetup.A4.ContentHeight + 0.01f));
    }

    [Fact]
    public void Paginate_HeadingAtPageBottom_MovesWithNextBlock()
    {
        // Fill a page to just above the bottom, then a heading: it must not be left alone at the bottom.
        var filler = new Spacer(PageSetup.A4.ContentHeight - 30);
        var pages = Paginator.Paginate([filler, new Heading("Section", 2), new Paragraph("Body text.")], Fonts, PageSetup.A4);
        Assert.Equal(2, pages.Count);
        Assert.Single(pages[0]);
        Assert.Equal(2, pages[1].Count);
    }

    [Fact]
    public void Paginate_KeepTogether_MovesWholeToNextPage()
    {
        var filler = new Spacer(PageSetup.A4.ContentHeight - 100);
        var block = new KeepTogether(new Paragraph("A"), new Spacer(150), new Paragraph("B"));
        var pages = Paginator.Paginate([filler, block], Fonts, PageSetup.A4);
        Assert.Equal(2, pages.Count);
        Assert.Single(pages[1]);
    }

    [Fact]
    public void Paginate_LevelOneHeading_StartsNewPage()
    {
        var pages = Paginator.Paginate([new Paragraph("Cover"), new Heading("One"), new Paragraph("x"), new Heading("Two")], Fonts, PageSetup.A4);
        Assert.Equal(3, pages.Count);
    }
}
