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

    /// <summary>
    /// <c>--overwrite</c>, for a verb whose output holds work (a plan file): without it an existing output is refused;
    /// null when the verb replaces its output freely (the write is atomic either way).
    /// </summary>
    public Option<bool>? Overwrite { get; private set; }

    /// <summary>Offers <c>--overwrite</c> (see <see cref="Overwrite"/>).</summary>
    public OutputOption WithOverwrite()
    {
        Overwrite = new Option<bool>("--overwrite") { Description = "Replace the file if it exists." };
        return this;
    }

    /// <summary>Adds <c>--out</c>.</summary>
    public OutputOption AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Option);
        return this;
    }

    /// <summary>Adds <c>--overwrite</c> where offered (a separate step so that the verb's help can list it last).</summary>
    public OutputOption AddOverwriteTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Overwrite is not null)
        {
            command.Options.Add(Overwrite);
        }

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
        if (Extensions.Count > 0 && !Extensions.Contains(ext))
        {
            throw new InputException(path, null, OutputPaths.OutOption,
                $"expected {(Kind is null ? "a" : "a " + Kind)} file name ending in {string.Join(" or ", Extensions)}");
        }

        if (Overwrite is not null)
        {
            RefuseExisting(parse, path);
        }

        return (path, ext == ".json" && Extensions.Contains(".geojson") ? ".geojson" : ext);
    }

    private void RefuseExisting(ParseResult parse, string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(path, null, OutputPaths.OutOption, "expected a file name, got a directory");
        }

        if (File.Exists(path) && !parse.GetValue(Overwrite!))
        {
            throw new InputException(path, null, OutputPaths.OutOption, "the file exists; pass --overwrite to replace it");
        }
    }
}
