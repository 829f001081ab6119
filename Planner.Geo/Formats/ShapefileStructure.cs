using System.Buffers.Binary;
using System.Globalization;

namespace Planner.Geo.Formats;

/// <summary>
/// Checks a <c>.shp</c> file's framing before the shapefile library reads it: the library sizes its buffers from the
/// record headers, so a cut-off or corrupt file could make it allocate gigabytes. The 100-byte header (file code 9994
/// and the file length in 16-bit words, both big-endian) must match the file, and every record header's content length
/// must fit in what is left. Work and memory are O(1) per record.
/// </summary>
internal static class ShapefileStructure
{
    private const int HeaderBytes = 100;
    private const int FileCode = 9994;

    public static void Check(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var length = s.Length;
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (length < HeaderBytes || s.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes)
        {
            throw Fail.Input(path, null, null, Text($"expected an Esri Shapefile; the file has {length} bytes, fewer than its 100-byte header (cut off?)"));
        }

        if (BinaryPrimitives.ReadInt32BigEndian(header) != FileCode)
        {
            throw Fail.Input(path, null, null, "expected an Esri Shapefile (.shp); the file does not start with the shapefile code 9994");
        }

        var declared = 2L * BinaryPrimitives.ReadInt32BigEndian(header[24..]);
        if (declared != length)
        {
            throw Fail.Input(path, null, null, Text($"expected a complete Esri Shapefile; its header declares {declared} bytes but the file has {length} (cut off or corrupt)"));
        }

        Span<byte> record = stackalloc byte[8];
        var offset = (long)HeaderBytes;
        var number = 0;
        while (offset < length)
        {
            number++;
            s.Position = offset;
            if (length - offset < 8 || s.ReadAtLeast(record, 8, throwOnEndOfStream: false) < 8)
            {
                throw Fail.Input(path, $"record {number}", null, Text($"expected a record header of 8 bytes at byte {offset}; the file ends there (cut off)"));
            }

            var content = 2L * BinaryPrimitives.ReadInt32BigEndian(record[4..]);
            if (content < 4 || content > length - offset - 8)
            {
                throw Fail.Input(path, $"record {number}", null, Text($"expected a record length that fits in the file; it declares {content} bytes at byte {offset}, {length - offset - 8} are left (corrupt)"));
            }

            offset += 8 + content;
        }
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
