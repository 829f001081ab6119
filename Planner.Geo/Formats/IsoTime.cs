namespace Planner.Geo.Formats;

/// <summary>
/// Reads the common ISO 8601 shapes straight from ASCII bytes: <c>yyyy-MM-dd</c>, <c>T</c> or a space,
/// <c>HH:mm</c>, optionally <c>:ss</c> and then <c>.f</c> (1–7 digits), optionally <c>Z</c> or <c>±hh:mm</c>
/// (hours ≤ 13). It gives the same value as the string rules (<see cref="DateTime.TryParseExact(string, string[], IFormatProvider, System.Globalization.DateTimeStyles, out DateTime)"/>
/// for local times, <see cref="DateTimeOffset.TryParse(string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>
/// with an offset) and declines everything else — other shapes, impossible dates, years outside 1000–9000 — so the
/// caller can fall back to those rules and their messages.
/// </summary>
internal static class IsoTime
{
    /// <summary>True for a recognised shape; <paramref name="offset"/> is null for a local (offset-free) time.</summary>
    public static bool TryParse(ReadOnlySpan<byte> t, out DateTime wall, out TimeSpan? offset)
    {
        wall = default;
        offset = null;
        if (t.Length < 16 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != ' ') || t[13] != ':'
            || !Digits(t, 0, 4, out var year) || !Digits(t, 5, 2, out var month) || !Digits(t, 8, 2, out var day)
            || !Digits(t, 11, 2, out var hour) || !Digits(t, 14, 2, out var minute))
        {
            return false;
        }

        var p = 16;
        var second = 0;
        long fraction = 0;
        if (p < t.Length && t[p] == ':')
        {
            if (!Digits(t, p + 1, 2, out second))
            {
                return false;
            }

            p += 3;
            if (p < t.Length && t[p] == '.')
            {
                var n = 0;
                while (p + 1 + n < t.Length && char.IsAsciiDigit((char)t[p + 1 + n]))
                {
                    n++;
                }

                if (n is < 1 or > 7 || !Digits(t, p + 1, n, out var f))
                {
                    return false;
                }

                fraction = f;
                for (var k = n; k < 7; k++)
                {
                    fraction *= 10;
                }

                p += 1 + n;
            }
        }

        if (p < t.Length)
        {
            if (t[p] == 'Z' && p + 1 == t.Length)
            {
                offset = TimeSpan.Zero;
            }
            else if ((t[p] == '+' || t[p] == '-') && p + 6 == t.Length && t[p + 3] == ':'
                && Digits(t, p + 1, 2, out var oh) && Digits(t, p + 4, 2, out var om) && oh <= 13 && om <= 59)
            {
                var o = new TimeSpan(oh, om, 0);
                offset = t[p] == '-' ? -o : o;
            }
            else
            {
                return false;
            }
        }

        if (year is < 1000 or > 9000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        wall = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> t, int start, int count, out int value)
    {
        value = 0;
        if (start + count > t.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var d = t[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
