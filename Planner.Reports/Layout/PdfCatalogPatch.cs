using System.Globalization;
using System.Text;

namespace Planner.Reports.Layout;

/// <summary>
/// A pass-through stream that adds the document language (<c>/Lang</c>) and <c>/ViewerPreferences
/// &lt;&lt;/DisplayDocTitle true&gt;&gt;</c> to a PDF written through it. SkiaSharp's PDF backend has no language
/// field, so the catalog it writes is watched for on the way out, and <see cref="AppendUpdate"/> appends a standard
/// incremental update (PDF 32000-1 § 7.5.6): a new revision of the catalog object, a cross-reference section for it
/// and a trailer pointing back at the original one. Pages are never held in memory: only the catalog object
/// (a few hundred bytes) and the last trailer are kept.
/// </summary>
public sealed class PdfCatalogPatch(Stream inner) : Stream
{
    private const int Window = 4096;
    private readonly List<byte> tail = [];
    private long position;
    private string? catalog;
    private int catalogAt = -1;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => position;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        position += buffer.Length;
        var before = tail.Count;
        tail.AddRange(buffer);
        if (catalog is null)
        {
            FindCatalog(Math.Max(0, before - 32));
        }

        if (tail.Count > 4 * Window && (catalog is not null || catalogAt < 0))
        {
            tail.RemoveRange(0, tail.Count - Window);
        }
    }

    /// <summary>Appends the update that sets <c>/Lang</c> to <paramref name="language"/> (BCP 47, e.g. "da").</summary>
    public void AppendUpdate(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var text = Encoding.Latin1.GetString([.. tail]);
        if (catalog is null)
        {
            throw new InvalidOperationException("the PDF writer produced no document catalog");
        }

        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startAt < trailerAt)
        {
            throw new InvalidOperationException("the PDF writer produced no trailer");
        }

        var trailer = text[(trailerAt + 7)..startAt].Trim();
        var prev = long.Parse(text[(startAt + 9)..].Replace("%%EOF", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        var objHeader = catalog[..catalog.IndexOf("obj", StringComparison.Ordinal)].Trim();
        var objNumber = int.Parse(objHeader.Split(' ')[0], CultureInfo.InvariantCulture);
        var dict = catalog[(catalog.IndexOf("<<", StringComparison.Ordinal))..catalog.LastIndexOf(">>", StringComparison.Ordinal)];
        var lang = "(" + language.Replace("\\", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal) + ")";
        var body = new StringBuilder();
        body.Append('\n');
        var objOffset = position + body.Length;
        body.Append(CultureInfo.InvariantCulture, $"{objNumber} 0 obj\n{dict}\n/Lang {lang}\n/ViewerPreferences <</DisplayDocTitle true>>>>\nendobj\n");
        var xrefOffset = position + body.Length;
        body.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{objNumber} 1\n{objOffset:0000000000} 00000 n \n");
        var newTrailer = trailer.TrimEnd();
        newTrailer = newTrailer[..newTrailer.LastIndexOf(">>", StringComparison.Ordinal)] + $"\n/Prev {prev.ToString(CultureInfo.InvariantCulture)}>>";
        body.Append(CultureInfo.InvariantCulture, $"trailer\n{newTrailer}\nstartxref\n{xrefOffset}\n%%EOF\n");
        var bytes = Encoding.Latin1.GetBytes(body.ToString());
        inner.Write(bytes);
        position += bytes.Length;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void FindCatalog(int from)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tail);
        if (catalogAt < 0)
        {
            var hit = span[from..].IndexOf("<</Type /Catalog"u8);
            if (hit < 0)
            {
                return;
            }

            catalogAt = from + hit;
        }

        var end = span[catalogAt..].IndexOf("endobj"u8);
        if (end < 0)
        {
            return;
        }

        var objAt = span[..catalogAt].LastIndexOf(" obj"u8);
        var head = objAt < 0 ? -1 : span[..objAt].LastIndexOf((byte)'\n');
        if (head < 0)
        {
            throw new InvalidOperationException("the PDF catalog has no object header");
        }

        catalog = System.Text.Encoding.Latin1.GetString(span[(head + 1)..(catalogAt + end)]);
        tail.RemoveRange(0, catalogAt + end);
    }
}
