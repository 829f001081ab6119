using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>
/// A verb's arguments with placeholders, for the shared-option tests, and a temporary folder for what the verb could
/// write (deleted on dispose). B, C and I stand for the sample's buildings, cameras and incidents; P for a plan the
/// verb refuses before reading it (the sample cameras); R for a request file that is never read; O.ext for an output in
/// the folder.
/// </summary>
internal sealed class VerbArgs(string prefix) : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public string[] Resolve(IEnumerable<string> args) => [.. args.Select(Resolve)];

    /// <summary>Bad input: exit 2, nothing on standard output, the one line "planner VERB: expected", no file written.</summary>
    public void AssertError(string verb, string[] args, string expected)
    {
        var (code, stdout, stderr) = CliHarness.Run(Resolve(args));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"planner {verb}: {expected}", stderr.Trim());
        Assert.Empty(Directory.GetFiles(Folder));
    }

    private string Resolve(string arg) => arg switch
    {
        "B" => TestPaths.RepoFile("data/sample/buildings.geojson"),
        "C" => TestPaths.RepoFile("data/sample/cameras.geojson"),
        "I" => TestPaths.RepoFile("data/sample/incidents.csv"),
        "P" => TestPaths.RepoFile("data/sample/cameras.geojson"),
        "R" => Path.Combine(Folder, "request-not-read.json"),
        _ when arg.StartsWith("O.", StringComparison.Ordinal) => Path.Combine(Folder, arg),
        _ => arg,
    };
}
