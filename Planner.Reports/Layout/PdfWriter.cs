using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>
/// Second pass: draws paginated slices through SkiaSharp's PDF backend (vector graphics, TrueType fonts embedded as
/// subsets, PDF/A-2b metadata), then adds the document language to the catalog (<see cref="PdfCatalogPatch"/>).
/// Returns the page count. Each page is drawn and handed to the PDF backend in turn; nothing but the layout is kept.
/// </summary>
public static class PdfWriter
{
    public static int Write(Stream output, IEnumerable<Block> blocks, DocumentInfo info, FontSet fonts, PageSetup? setup = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(fonts);
        var page = setup ?? PageSetup.A4;
        var pages = Paginator.Paginate(blocks, fonts, page);
        if (info.Outline is { } outline)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                foreach (var placed in pages[i])
                {
                    if (placed.Slice.Anchor is { } anchor)
                    {
                        outline.Place(anchor, i + 1);
                    }
                }
            }
        }

        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            // SkiaSharp 3.119 has no /Lang entry: PdfCatalogPatch adds it; the keywords say it too.
            Keywords = string.IsNullOrEmpty(info.Keywords) ? "lang:" + info.Language : info.Keywords + "; lang:" + info.Language,
            Creator = "CctvPlanner",
            Producer = "CctvPlanner (SkiaSharp PDF)",
            Creation = info.Created.UtcDateTime,
            Modified = info.Created.UtcDateTime,
            RasterDpi = 300,
            PdfA = true,
            EncodingQuality = 101,
        };
        var patched = new PdfCatalogPatch(output);
        using (var document = SKDocument.CreatePdf(patched, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                DrawFrame(canvas, fonts, info, page, i + 1, pages.Count);
                Paginator.DrawPage(canvas, pages[i], page);
                document.EndPage();
            }

            document.Close();
        }

        patched.AppendUpdate(info.Language);
        patched.Flush();
        return pages.Count;
    }

    private static void DrawFrame(SKCanvas canvas, FontSet fonts, DocumentInfo info, PageSetup page, int number, int count)
    {
        var style = TextStyle.Small.WithColor(Palette.Muted);
        var headerBase = page.Top - 22;
        fonts.Draw(canvas, info.HeaderLeft, page.Left, headerBase, style);
        fonts.Draw(canvas, info.HeaderRight, page.Width - page.Right, headerBase, style, SKTextAlign.Right);
        using var rule = new SKPaint { Color = Palette.Rule, StrokeWidth = 0.5f };
        canvas.DrawLine(page.Left, headerBase + 5, page.Width - page.Right, headerBase + 5, rule);
        var footerTop = page.Height - page.Bottom + 16;
        canvas.DrawLine(page.Left, footerTop, page.Width - page.Right, footerTop, rule);
        var footerBase = footerTop + 11;
        if (info.FooterLeft.Length > 0)
        {
            fonts.Draw(canvas, info.FooterLeft, page.Left, footerBase, style.WithColor(Palette.Synthetic).WithBold());
        }

        fonts.Draw(canvas, info.PageLabel(number, count), page.Width - page.Right, footerBase, style, SKTextAlign.Right);
    }
}
