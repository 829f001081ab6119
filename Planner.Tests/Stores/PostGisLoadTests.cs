using System.Collections.Concurrent;
using System.Diagnostics;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Stores;
using Xunit.Abstractions;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Stores;

/// <summary>
/// Bounded load on loopback: 10 concurrent editors (each its own login and connection pool) × 200 successful updates
/// of 5 shared cameras, retrying on conflict. No update may be lost (each success got a distinct revision, and the
/// stored camera is the one of the highest revision), no deadlock or other error, audit rows = successful updates.
/// </summary>
public sealed class PostGisLoadTests(ITestOutputHelper output)
{
    private const int Editors = 10;
    private const int UpdatesPerEditor = 200;

    [PostGisFact]
    public async Task UpdateCameraAsync_TenEditorsTwoHundredUpdates_NoLostUpdateNoDeadlockAuditMatches()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var plan = new Plan(25832, new PlanMetadata { Name = "load" })
        {
            Cameras = [.. Enumerable.Range(0, 5).Select(i => new Camera($"c{i}", 536_000 + (i * 10), 6_232_000, CameraOptics.Create(0)))],
        };
        var owner = await CreateLoginAsync("lead", PostGisRole.Planner);
        using (var db = PostGisDatabase.Open(With(admin, owner)))
        {
            await db.Plan("load").PushAsync(plan, null);
        }

        var logins = new List<string>();
        for (var e = 0; e < Editors; e++)
        {
            logins.Add(await CreateLoginAsync($"ed{e}", PostGisRole.Planner));
        }

        var wins = new ConcurrentBag<(string Camera, long Revision, double Heading)>();
        var conflicts = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(logins.Select((login, e) => Task.Run(async () =>
        {
            using var db = PostGisDatabase.Open(With(admin, login) + ";Maximum Pool Size=2");
            var store = db.Plan("load");
            var done = 0;
            var attempt = 0;
            while (done < UpdatesPerEditor)
            {
                attempt++;
                var id = $"c{(e + attempt) % 5}";
                var (camera, revision) = await store.ReadCameraAsync(id);
                // Every update a value no camera had before (none is the initial 0), so every success is a real change.
                var heading = ((e * UpdatesPerEditor) + done + 1) * (359.0 / (Editors * UpdatesPerEditor));
                try
                {
                    var r = await store.UpdateCameraAsync(camera with { Optics = camera.Optics.WithHeading(heading) }, revision);
                    wins.Add((id, r.CameraRevision, heading));
                    done++;
                }
                catch (InputException ex) when (ex.Message.Contains("changed this camera at", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));
        watch.Stop();

        var successes = wins.Count;
        output.WriteLine($"{successes} updates by {Editors} editors in {watch.Elapsed.TotalSeconds:F1} s ({successes / watch.Elapsed.TotalSeconds:F0}/s), {conflicts} conflicts retried");
        Assert.Equal(Editors * UpdatesPerEditor, successes);
        using var check = PostGisDatabase.Open(With(admin, owner));
        var pulled = await check.Plan("load").PullAsync();
        foreach (var group in wins.GroupBy(w => w.Camera))
        {
            var revisions = group.Select(w => w.Revision).Order().ToList();
            Assert.Equal(Enumerable.Range(2, revisions.Count).Select(r => (long)r), revisions);
            Assert.Equal(group.MaxBy(w => w.Revision).Heading, pulled.Plan.Cameras.Single(c => c.Id == group.Key).Optics.HeadingDeg);
            Assert.Equal(revisions[^1], pulled.CameraRevisions[group.Key]);
        }

        Assert.Equal(1 + successes, pulled.Origin.Version);
        Assert.Equal((long)successes, await ScalarAsync<long>(admin, "SELECT count(*) FROM cctvplanner.audit WHERE plan = 'load' AND action = 'update'"));
    }
}
