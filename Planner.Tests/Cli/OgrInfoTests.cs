using System.Diagnostics;
using System.Text.RegularExpressions;
using Planner.Geo.Sample;
using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>GDAL (Debian gdal-bin) reads a plan written by <c>planner new --sample</c>: every layer, its count and CRS.</summary>
[Collection("console")]
public sealed partial class OgrInfoTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("planner-ogr-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [ToolFact("ogrinfo")]
    public void OgrInfo_SamplePlan_EveryLayerWithCountsAndEpsg25832()
    {
        var file = Path.Combine(dir, "lindsted.gpkg");
        Assert.Equal(0, CliHarness.Run("new", "--sample", "--out", file).ExitCode);
        var sample = SampleMunicipality.Build();

        var (exit, output, error) = Tool.Run("ogrinfo", "-ro", "-so", "-al", file);

        Assert.True(exit == 0, error);
        var layers = LayerBlock().Matches(output).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value);
        var expected = new Dictionary<string, int>
        {
            ["cameras"] = sample.Cameras.Count,
            ["buildings"] = sample.Buildings.Count,
            ["zones"] = sample.Zones.Count,
            ["incidents"] = sample.Incidents.Count,
            ["plan_metadata"] = 1,
        };
        Assert.Equal(expected.Keys.Order(), layers.Keys.Order());
        foreach (var (name, count) in expected)
        {
            Assert.Equal(count, int.Parse(FeatureCount().Match(layers[name]).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (name != "plan_metadata")
            {
                Assert.Contains("ID[\"EPSG\",25832]]", layers[name], StringComparison.Ordinal);
                Assert.Contains("Geometry Column = geom", layers[name], StringComparison.Ordinal);
                Assert.Contains("— SYNTHETIC DATA", layers[name], StringComparison.Ordinal);
            }
        }

        Assert.Contains("Geometry: Point", layers["cameras"], StringComparison.Ordinal);
        Assert.Contains("Geometry: Multi Polygon", layers["buildings"], StringComparison.Ordinal);
        Assert.Contains("heading_deg: Real", layers["cameras"], StringComparison.Ordinal);
        Assert.Contains("permit_expires: Date", layers["cameras"], StringComparison.Ordinal);
    }

    [ToolFact("python3", "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")]
    public void ValidateGpkg_SamplePlan_NoFindings()
    {
        var file = Path.Combine(dir, "lindsted.gpkg");
        Assert.Equal(0, CliHarness.Run("new", "--sample", "--out", file).ExitCode);

        var (exit, output, error) = Tool.Run("python3", "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py", file);

        Assert.True(exit == 0, output + error);
        Assert.Equal("", (output + error).Trim());
    }

    [GeneratedRegex(@"Layer name: (?<name>\S+)\n(?<body>.*?)(?=\nLayer name: |\z)", RegexOptions.Singleline)]
    private static partial Regex LayerBlock();

    [GeneratedRegex(@"Feature Count: (\d+)")]
    private static partial Regex FeatureCount();
}

/// <summary>A fact that needs an external program (and optionally a file); skipped with the reason when missing.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program, string? requiredFile = null)
    {
        if (Tool.Find(program) is null)
        {
            Skip = $"{program} is not installed (Debian: ./test.sh as root installs gdal-bin)";
        }
        else if (requiredFile is not null && !File.Exists(requiredFile))
        {
            Skip = $"{requiredFile} is missing (Debian package python3-gdal)";
        }
    }
}

internal static class Tool
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, program))
            .FirstOrDefault(File.Exists);

    public static (int Exit, string Stdout, string Stderr) Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }
}
