namespace Planner.Geo;

/// <summary>
/// Bad user input. The message is one line naming the file, the line or feature, the field and what was
/// expected, e.g. <c>cameras.geojson: feature 3 (id "c3"): heading_deg: expected a number in [0, 360), got 400</c>.
/// The command line prints it and exits 2.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, string? location, string? field, string expected)
        : base(Compose(file, location, field, expected))
    {
        File = file;
        Location = location;
        Field = field;
        Expected = expected;
    }

    public InputException() : base("bad input") => File = Expected = "";

    public InputException(string message) : base(message) => File = Expected = "";

    public InputException(string message, Exception inner) : base(message, inner) => File = Expected = "";

    /// <summary>File name as the user gave it (or a layer/table name for stores).</summary>
    public string File { get; }

    /// <summary>e.g. "line 12", "feature 3 (id \"c3\")"; null when the whole file is at fault.</summary>
    public string? Location { get; }

    public string? Field { get; }

    public string Expected { get; }

    private static string Compose(string file, string? location, string? field, string expected)
    {
        var parts = new List<string> { string.IsNullOrEmpty(file) ? "input" : file };
        if (!string.IsNullOrEmpty(location))
        {
            parts.Add(location);
        }

        if (!string.IsNullOrEmpty(field))
        {
            parts.Add(field);
        }

        parts.Add(expected);
        return string.Join(": ", parts);
    }
}
