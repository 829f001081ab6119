using System.CommandLine;
using Planner.Tests.Support;

namespace Planner.Tests.Hardening;

/// <summary>
/// Issue 17 class 5: --out that is a folder, empty, in a missing or unwritable folder is bad input naming the path
/// (exit 2, before any work); --out equal to an input file is refused for every verb and the input stays intact.
/// </summary>
[Collection("console")]
public sealed class OutputPathCorpusTests
{
    /// <summary>Each verb with --out and the minimal valid arguments besides it (--out last, to be appended).</summary>
    private static readonly Dictionary<string, Func<HardeningFolder, string[]>> Verbs = new()
    {
        ["check"] = f => ["check", "--plan", f.Plan()],
        ["coverage"] = f => ["coverage", "--plan", f.Plan()],
        ["hotspots"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "25", "--bandwidth", "100"],
        ["stats"] = f => ["stats", "--plan", f.Plan()],
        ["canvass"] = f => ["canvass", "--plan", f.Plan(), "--at", "9.57421,56.22895", "--time", "2024-06-08T01:30"],
        ["share-check"] = f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest())],
        ["report"] = f => ["report", "--plan", f.Plan()],
        ["new"] = f => ["new", "--sample"],
    };

    private static readonly Dictionary<string, Func<HardeningFolder, string>> BadOutputs = new()
    {
        ["a folder"] = f => Directory.CreateDirectory(f["sub"]).FullName,
        ["a folder with a trailing slash"] = f => Directory.CreateDirectory(f["sub2"]).FullName + "/",
        ["empty"] = _ => "",
        ["blank"] = _ => "   ",
        ["in a missing folder"] = f => Path.Combine(f["missing"], "out.json"),
        ["in an unwritable folder"] = _ => "/proc/planner-hardening-out.json",
    };

    public static TheoryData<string, string> BadOutputCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var verb in Verbs.Keys)
            {
                foreach (var output in BadOutputs.Keys)
                {
                    data.Add(verb, output);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BadOutputCases))]
    public void Verb_OutputPathThatCannotBeWritten_ExitsTwoNamingThePath(string verb, string output)
    {
        using var folder = new HardeningFolder();
        var args = Verbs[verb](folder);
        var path = BadOutputs[output](folder);
        var line = BadInputAssert.Refused(folder, [.. args, "--out", path]);
        Assert.Contains(string.IsNullOrWhiteSpace(path) ? $"\"{path}\"" : path.TrimEnd('/'), line, StringComparison.Ordinal);
    }

    /// <summary>Every verb of the command line (found by reflection, so verbs added later are covered) with every file option it has.</summary>
    public static TheoryData<string, string> OutEqualsInputCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var command in Planner.Desktop.Program.BuildRoot().Subcommands)
            {
                if (command.Options.All(o => o.Name != "--out"))
                {
                    continue;
                }

                foreach (var option in command.Options.Where(IsFileOption))
                {
                    data.Add(command.Name, option.Name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OutEqualsInputCases))]
    public void Verb_OutEqualToAnInputFile_IsRefusedAndTheInputStaysIntact(string verb, string inputOption)
    {
        using var folder = new HardeningFolder();
        var input = folder.Plan("input.gpkg");
        var bytes = File.ReadAllBytes(input);
        var command = Planner.Desktop.Program.BuildRoot().Subcommands.Single(c => c.Name == verb);
        var args = new List<string> { verb, inputOption, input };
        foreach (var required in command.Options.Where(o => o.Required && o.Name != "--out" && o.Name != inputOption))
        {
            args.AddRange([required.Name, ValueFor(required, folder)]);
        }

        args.AddRange(["--out", input]);
        var line = BadInputAssert.Refused(folder, [.. args]);
        Assert.Contains($"{input}: --out: is also the input {inputOption}", line, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(input));
    }

    [Fact]
    public void Report_OutEqualToThePlanThroughASymlink_IsRefused()
    {
        using var folder = new HardeningFolder();
        var plan = folder.Plan("p.gpkg");
        var link = folder["link.pdf"];
        File.CreateSymbolicLink(link, plan);
        var line = BadInputAssert.Refused(folder, "report", "--plan", plan, "--out", link);
        Assert.Contains("is also the input --plan", line, StringComparison.Ordinal);
    }

    /// <summary>Options that name an input file: string-valued and not one of the known non-file texts.</summary>
    private static bool IsFileOption(Option o) =>
        o.Name != "--out" && (o.ValueType == typeof(string)) && !NonFileOptions.Contains(o.Name);

    private static readonly HashSet<string> NonFileOptions =
    [
        "--crs", "--out-crs", "--lang", "--kernel", "--name", "--db", "--user", "--at", "--time", "--today", "--from", "--to",
        "--offence", "--hours", "--weekdays", "--incident-columns", "--level", "--port",
    ];

    private static string ValueFor(Option option, HardeningFolder folder) => option.Name switch
    {
        "--at" => "9.57421,56.22895",
        "--time" => "2024-06-08T01:30",
        "--level" => "detect",
        "--db" => "Host=127.0.0.1;Port=1;Database=x",
        _ when option.ValueType == typeof(string) => folder.Text("other-" + option.Name.TrimStart('-'), "{}"),
        _ => "1",
    };
}
