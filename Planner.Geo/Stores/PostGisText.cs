using System.Text;

namespace Planner.Geo.Stores;

/// <summary>
/// Text from users or the server as it may appear in one line of a message: control characters (newlines, ESC, NUL)
/// shown as <c>\u001b</c>-style escapes, and at most a given number of characters.
/// </summary>
public static class PostGisText
{
    public static string Safe(string? text, int max = 120)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(Math.Min(text.Length, max) + 8);
        foreach (var ch in text)
        {
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }

            if (char.IsControl(ch))
            {
                sb.Append("\\u").Append(((int)ch).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Checks a name the user gives for a plan, a user or a role: 1 to <paramref name="maxLength"/> characters, no
    /// control characters (PostgreSQL cannot store NUL, and newlines would break messages and audit lines).
    /// </summary>
    internal static string Name(string? value, string source, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InputException(source, null, field, "expected a non-empty name");
        }

        if (value.Length > maxLength)
        {
            throw new InputException(source, null, field, $"expected at most {maxLength} characters, got {value.Length}");
        }

        var bad = value.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        bad = bad >= 0 ? bad : value.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
        if (bad >= 0)
        {
            throw new InputException(source, null, field, $"expected no control characters, got U+{(int)value[bad]:X4} in \"{Safe(value, 60)}\"");
        }

        return value;
    }
}
