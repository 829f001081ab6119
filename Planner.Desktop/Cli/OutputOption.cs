using System.CommandLine;
using Planner.Geo;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>--out F</c>, the file a verb writes: one definition per verb of its help text and the extensions it accepts, and
/// one error line for a wrong extension (<c>F: --out: expected a file name ending in .csv or .geojson or .json</c>,
/// exit 2). Whether the folder exists and can be written, and that the output is not an input, is checked for every
/// verb before it runs (<see cref="OutputPaths"/>).
/// </summary>
internal sealed class OutputOption
{
    /// <param name="description">The help text.</param>
    /// <param name="extensions">The accepted extensions, lower case with the dot; none = any file name.</param>
    public OutputOption(string description, params string[] extensions)
    {
        Option = new Option<string>(OutputPaths.OutOption) { Description = description, Required = true };
        Extensions = extensions;
    }

    public Option<string> Option { get; }

    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The kind of file for the error line ("GeoPackage": "expected a GeoPackage file name ending in .gpkg"); null for none.</summary>
    public string? Kind { get; init; }

    public OutputOption AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Option);
        return this;
    }

    /// <summary>The path given; bad input (exit 2) when its extension is not one of <see cref="Extensions"/>.</summary>
    public string Path(ParseResult parse) => Parse(parse).Path;

    /// <summary>
    /// The path given and its format: the lower-case extension, with <c>.json</c> read as <c>.geojson</c> where GeoJSON is
    /// accepted. Bad input (exit 2) when the extension is not one of <see cref="Extensions"/>.
    /// </summary>
    public (string Path, string Format) Parse(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var path = parse.GetValue(Option)!;
        var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (Extensions.Count == 0)
        {
            return (path, ext);
        }

        return Extensions.Contains(ext)
            ? (path, ext == ".json" && Extensions.Contains(".geojson") ? ".geojson" : ext)
            : throw new InputException(path, null, OutputPaths.OutOption,
                $"expected {(Kind is null ? "a" : "a " + Kind)} file name ending in {string.Join(" or ", Extensions)}");
    }
}
