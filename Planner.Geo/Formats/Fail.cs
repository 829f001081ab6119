using System.Text;

namespace Planner.Geo.Formats;

/// <summary>
/// Builds the readers' <see cref="InputException"/>s. Echoed input (ids, values, header names) may hold line breaks or
/// other control characters (a quoted CSV field, a JSON "\n" escape); they are shown escaped so the message stays one line.
/// </summary>
internal static class Fail
{
    public static InputException Input(string file, string? location, string? field, string expected) =>
        new(OneLine(file), location is null ? null : OneLine(location), field is null ? null : OneLine(field), OneLine(expected));

    public static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(ch) => $"\\u{(int)ch:x4}",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }
}
