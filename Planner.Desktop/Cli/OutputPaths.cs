using System.CommandLine;
using System.CommandLine.Parsing;
using Planner.Geo;

namespace Planner.Desktop.Cli;

/// <summary>
/// Checks every verb's <c>--out</c> before any work: not empty, not a folder, in a folder that exists and can be
/// written, and not one of the verb's input files (<c>report --plan p.gpkg --out p.gpkg</c> would replace the plan with
/// a PDF). An input is any other option's value naming an existing file, so verbs added later are covered too.
/// Problems are <see cref="InputException"/>s naming the path (exit 2).
/// </summary>
internal static class OutputPaths
{
    public const string OutOption = "--out";

    public static void Check(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var options = parse.CommandResult.Children.OfType<OptionResult>().ToList();
        var output = options.FirstOrDefault(o => o.Option.Name == OutOption);
        if (output is null || output.Implicit || output.Tokens.Count == 0)
        {
            return;
        }

        var path = output.Tokens[^1].Value;
        CheckWritable(path);
        var target = Resolve(path);
        foreach (var o in options.Where(o => o != output))
        {
            foreach (var token in o.Tokens)
            {
                if (!string.IsNullOrWhiteSpace(token.Value) && File.Exists(token.Value) && SamePath(Resolve(token.Value), target))
                {
                    throw new InputException(path, null, OutOption,
                        $"is also the input {o.Option.Name}; writing it would destroy that input — write the output to another file");
                }
            }
        }
    }

    /// <summary>Bad input unless <paramref name="path"/> can be written: a file name in an existing, writable folder.</summary>
    public static void CheckWritable(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputException($"\"{path}\"", null, OutOption, "expected an output file name, got an empty one");
        }

        if (Directory.Exists(path) || path.EndsWith(Path.DirectorySeparatorChar) || path.EndsWith(Path.AltDirectorySeparatorChar))
        {
            throw new InputException(path, null, OutOption, "is a folder; expected a file name to write");
        }

        string dir;
        try
        {
            dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException(path, null, OutOption, "expected a valid file name");
        }

        if (!Directory.Exists(dir))
        {
            throw new InputException(path, null, OutOption, $"the folder {dir} does not exist");
        }

        // The write goes to a temporary file beside the target, so the folder itself must be writable.
        var probe = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, OutOption, $"cannot be written: the folder {dir} is not writable ({(ex is UnauthorizedAccessException ? "permission denied" : "read-only or full")})");
        }
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.Exists(full) && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
