using System.Diagnostics;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Xunit.Abstractions;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Stores;

/// <summary>The server killed mid-push (pg_ctl stop -m immediate) and restarted: the plan is the old or the new one, whole.</summary>
[Collection("postgis-restart")]
public sealed class PostGisCrashTests(ITestOutputHelper output)
{
    [PostGisRestartFact]
    public async Task PushAsync_ServerKilledMidPush_OldOrNewPlanWhole()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        var old = SampleMunicipality.Build();
        using (var db = PostGisDatabase.Open(With(admin, anna)))
        {
            await db.Plan("p").PushAsync(old, null);
        }

        // The new version: the sample's buildings 60 times over, so the push takes long enough to be cut.
        var offsets = Enumerable.Range(0, 60).ToList();
        var big = old with
        {
            Cameras = [.. old.Cameras.Select(c => c.HeadingKnown ? c with { Optics = c.Optics.WithHeading((c.Optics.HeadingDeg + 90) % 360) } : c)],
            Buildings = [.. offsets.SelectMany(k => old.Buildings.Select(b => new Building($"{b.Id}-{k}", Shift(b.Footprint, k * 2000), b.HeightM)))],
            Incidents = [.. offsets.Take(10).SelectMany(k => old.Incidents.Select(i => new Incident($"{i.Id}-{k}", i.X, i.Y + k, i.OccurredAt, i.Offence)))],
        };

        Exception? failure = null;
        var watch = Stopwatch.StartNew();
        using (var db = PostGisDatabase.Open(With(admin, anna)))
        {
            var push = db.Plan("p").PushAsync(big, 1);
            await WaitForActivePushAsync(admin);
            ServerControl.Run("stop", "-m", "immediate");
            output.WriteLine($"server killed {watch.ElapsedMilliseconds} ms into the push");
            failure = await Record.ExceptionAsync(() => push);
        }

        ServerControl.Run("start", "-w");
        Npgsql.NpgsqlConnection.ClearAllPools();
        using var after = PostGisDatabase.Open(With(admin, anna));
        var pulled = await after.Plan("p").PullAsync();

        output.WriteLine($"push outcome: {(failure is null ? "committed" : failure.Message)}; after restart version {pulled.Origin.Version}");
        Assert.True(failure is null or InputException, failure?.ToString());
        var expected = pulled.Origin.Version == 1 ? old : big;
        Assert.Equal(failure is null ? 2 : pulled.Origin.Version, pulled.Origin.Version);
        Assert.Equal(expected.Cameras, pulled.Plan.Cameras);
        Assert.Equal(expected.Buildings.Count, pulled.Plan.Buildings.Count);
        Assert.Equal(expected.Incidents.Count, pulled.Plan.Incidents.Count);
        Assert.Equal(expected.Buildings.Select(b => b.Id), pulled.Plan.Buildings.Select(b => b.Id));
    }

    private static NetTopologySuite.Geometries.Geometry Shift(NetTopologySuite.Geometries.Geometry g, double dx)
    {
        var copy = g.Copy();
        copy.Apply(new NetTopologySuite.Geometries.Utilities.AffineTransformation().Translate(dx, 0));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>Waits until the push's transaction is writing (it holds the plan row and has sent buildings).</summary>
    private static async Task WaitForActivePushAsync(string admin)
    {
        for (var i = 0; i < 400; i++)
        {
            var writing = await ScalarAsync<long>(admin, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'cctvplanner' AND state = 'active' AND query LIKE 'COPY cctvplanner.buildings%'");
            if (writing > 0)
            {
                await Task.Delay(50);
                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("the push never reached the buildings");
    }
}

[CollectionDefinition("postgis-restart", DisableParallelization = true)]
public sealed class PostGisRestartCollection;

/// <summary>pg_ctl of the throwaway cluster (test.sh exports PLANNER_TEST_PG_CTL as "program args…" and the data directory).</summary>
internal static class ServerControl
{
    public static string? Command => Environment.GetEnvironmentVariable("PLANNER_TEST_PG_CTL");

    public static void Run(params string[] args)
    {
        var parts = Command!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var psi = new ProcessStartInfo(parts[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var p in parts.Skip(1).Concat(args))
        {
            psi.ArgumentList.Add(p);
        }

        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pg_ctl {string.Join(' ', args)}: {stderr.Result}");
    }
}

/// <summary>Needs the PostGIS test server and the right to stop and start it (PLANNER_TEST_PG_CTL from test.sh).</summary>
public sealed class PostGisRestartFactAttribute : FactAttribute
{
    public PostGisRestartFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PLANNER_TEST_PG")))
        {
            Skip = "no PostGIS server: set PLANNER_TEST_PG (./test.sh starts a throwaway cluster)";
        }
        else if (string.IsNullOrEmpty(ServerControl.Command))
        {
            Skip = "the test server cannot be restarted here: PLANNER_TEST_PG_CTL (set by ./test.sh for its own throwaway cluster) is missing";
        }
    }
}
