using System.Globalization;
using System.Text;
using Planner.Geo.Sample;
using Planner.Geo.Stores;

namespace Planner.Tests.Stores;

/// <summary>
/// Issue 11: saving is atomic. A child <c>planner</c> process saving a large plan over an existing plan file is killed
/// with SIGKILL while the new GeoPackage is being written; the previous plan must be byte-for-byte intact and readable,
/// and the next save into the folder removes what the killed one left.
/// </summary>
public sealed class GeoPackageKillMidSaveTests : IDisposable
{
    private const int Buildings = 100_000;
    private readonly string folder = Directory.CreateTempSubdirectory("planner-killsave-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Issue11_SaveKilledWithSigkill_PreviousPlanIntactAndReadable_LeftoversRemovedByTheNextSave()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var plan = Path.Combine(folder, "plan.gpkg");
        var sample = SampleMunicipality.Build();
        GeoPackagePlanStore.Write(plan, sample);
        var previous = await File.ReadAllBytesAsync(plan);
        var buildings = Path.Combine(folder, "buildings.geojson");
        await File.WriteAllTextAsync(buildings, ManyBuildings());

        // A shell starts the save and kills it: the signal is sent by the process's own parent, by the id it got from
        // starting it, once the new GeoPackage's temporary file beside the plan holds more than 1 MB (mid-save).
        var host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", KillScript, "kill-mid-save", host, Path.Combine(AppContext.BaseDirectory, "planner.dll"), plan, buildings, folder })
        {
            start.ArgumentList.Add(a);
        }

        using var shell = System.Diagnostics.Process.Start(start)!;
        var stdout = shell.StandardOutput.ReadToEndAsync();
        var stderr = shell.StandardError.ReadToEndAsync();
        Assert.True(shell.WaitForExit(TimeSpan.FromMinutes(3)), "the save did not end");
        var outcome = (await stdout).Trim();
        Assert.True(outcome.StartsWith("killed 137 ", StringComparison.Ordinal), $"{outcome}; {await stderr}");
        var seen = long.Parse(outcome.Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.True(seen > 1 << 20, $"killed with {seen} bytes written");
        Assert.Empty(await File.ReadAllTextAsync(Path.Combine(folder, "planner-out.txt")));

        Assert.Equal(previous, await File.ReadAllBytesAsync(plan));
        var read = GeoPackagePlanStore.Read(plan).Plan;
        Assert.Equal(sample.Cameras.Select(c => c.Id), read.Cameras.Select(c => c.Id));
        Assert.Equal(sample.Buildings.Count, read.Buildings.Count);
        Assert.NotEmpty(Directory.GetFiles(folder, ".plan.gpkg.*.tmp*"));

        GeoPackagePlanStore.Write(plan, sample with { Cameras = [.. sample.Cameras.Take(1)] });
        Assert.Empty(Directory.GetFiles(folder, ".plan.gpkg.*"));
        Assert.Single(GeoPackagePlanStore.Read(plan).Plan.Cameras);
    }

    // $1 dotnet, $2 planner.dll, $3 plan, $4 buildings, $5 folder. Prints "killed EXIT BYTES" or "finished EXIT".
    private const string KillScript = """
        "$1" "$2" new --out "$3" --overwrite --buildings "$4" > "$5/planner-out.txt" 2> "$5/planner-err.txt" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
          for f in "$5"/.plan.gpkg.*.tmp; do
            size=$(stat -c %s "$f" 2>/dev/null || echo 0)
            if [ "$size" -gt 1048576 ]; then
              kill -KILL "$pid"
              wait "$pid"
              echo "killed $? $size"
              exit 0
            fi
          done
          sleep 0.005
        done
        wait "$pid"
        echo "finished $?"
        """;

    private static string ManyBuildings()
    {
        var text = new StringBuilder("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[""");
        for (var n = 0; n < Buildings; n++)
        {
            var x = 720000 + (n / 250 * 15);
            var y = 6170000 + (n % 250 * 15);
            text.Append(n == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $$$"""{"type":"Feature","properties":{"id":"b{{{n}}}","height_m":8},"geometry":{"type":"Polygon","coordinates":[[[{{{x}}},{{{y}}}],[{{{x + 10}}},{{{y}}}],[{{{x + 10}}},{{{y + 10}}}],[{{{x}}},{{{y + 10}}}],[{{{x}}},{{{y}}}]]]}}""");
        }

        return text.Append("]}").ToString();
    }
}
