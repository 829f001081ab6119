using Npgsql;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// One shared plan in a PostGIS database (schema version <see cref="PostGisMigrations.Current"/>), as a plan store.
/// <see cref="LoadAsync"/> reads the plan transformed from the database's working CRS into the plan's own CRS and
/// remembers the version it read; <see cref="SaveAsync"/> pushes on that version. Pushes are one transaction, only
/// succeed while the database still holds the base version (optimistic concurrency; a conflict names who pushed the
/// newer version and when), and write only what changed in cameras and zones, so the audit triggers record exactly the
/// real changes. Layers the login may not touch are left as they are: a login without <c>cctvplanner_analyst</c>
/// neither reads nor replaces incident rows.
/// </summary>
public sealed class PostGisPlanStore : IPlanStore
{
    /// <summary>Longest plan name accepted (PostgreSQL has no short limit; messages and QGIS do).</summary>
    public const int MaxNameLength = 200;

    private readonly PostGisDatabase database;
    private readonly string? changedBy;

    internal PostGisPlanStore(PostGisDatabase database, string name, string? changedBy)
    {
        this.database = database;
        Name = PostGisText.Name(name, database.Description, "plan name", MaxNameLength);
        this.changedBy = changedBy is null ? null : PostGisText.Name(changedBy, database.Description, "user", 63);
    }

    public string Name { get; }

    public string Description => $"plan \"{PostGisText.Safe(Name, 60)}\" @ {database.Description}";

    /// <summary>The version this store last read or wrote (null before the first load or push).</summary>
    public PlanOrigin? Origin { get; private set; }

    /// <summary>Reads the plan (see <see cref="PullAsync"/>) and remembers its version for <see cref="SaveAsync"/>.</summary>
    public async Task<PlanLoadResult> LoadAsync(CancellationToken cancellationToken = default)
    {
        var pulled = await PullAsync(cancellationToken).ConfigureAwait(false);
        return new PlanLoadResult(pulled.Plan, pulled.Warnings);
    }

    /// <summary>Pushes on the version last read (a new plan when nothing was read); see <see cref="PushAsync"/>.</summary>
    public Task SaveAsync(Plan plan, CancellationToken cancellationToken = default) =>
        PushAsync(plan, Origin?.Version, null, cancellationToken);

    /// <summary>
    /// Reads the plan in one REPEATABLE READ snapshot: metadata, version, cameras, buildings, zones, and incidents when
    /// the login may read them (otherwise a warning says why they are missing).
    /// </summary>
    public async Task<PulledPlan> PullAsync(CancellationToken cancellationToken = default)
    {
        var pulled = await database.RunAsync($"pull of plan \"{PostGisText.Safe(Name, 60)}\"", async db =>
        {
            await using var tx = await db.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            await PostGisMigrations.RequireCurrentAsync(db, tx, database.Target, cancellationToken).ConfigureAwait(false);
            var srid = await WorkingSridAsync(db, cancellationToken).ConfigureAwait(false);
            var head = await PlanRow.ReadAsync(db, tx, Name, forUpdate: false, cancellationToken).ConfigureAwait(false)
                ?? throw new InputException(database.Description, $"plan \"{PostGisText.Safe(Name, 60)}\"", "name", "expected the name of a plan in the database; there is none by that name");
            var cameras = await PostGisLayers.ReadCamerasAsync(db, tx, Name, null, false, cancellationToken).ConfigureAwait(false);
            var warnings = new List<string>();
            List<Incident> incidents = [];
            if (await MayAsync(db, "incidents", "SELECT", cancellationToken).ConfigureAwait(false))
            {
                incidents = await PostGisLayers.ReadIncidentsAsync(db, Name, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                warnings.Add($"{Description}: incidents: not read: incident rows are visible to role cctvplanner_analyst only (database user \"{database.User}\"); analyses that need incidents will say \"not assessed\"");
            }

            var stored = new Plan(srid, head.Metadata(Name))
            {
                Cameras = [.. cameras.Select(c => c.Camera)],
                Buildings = await PostGisLayers.ReadBuildingsAsync(db, Name, cancellationToken).ConfigureAwait(false),
                Zones = await PostGisLayers.ReadZonesAsync(db, Name, cancellationToken).ConfigureAwait(false),
                Streets = await PostGisLayers.ReadStreetsAsync(db, Name, cancellationToken).ConfigureAwait(false),
                Incidents = incidents,
            };
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            var plan = PlanTransform.To(stored, head.Epsg);
            return new PulledPlan(plan, new PlanOrigin(Name, head.Version), warnings,
                cameras.ToDictionary(c => c.Camera.Id, c => c.Revision, StringComparer.Ordinal));
        }, cancellationToken).ConfigureAwait(false);
        Origin = pulled.Origin;
        return pulled;
    }

    /// <summary>
    /// Stores <paramref name="plan"/> as the next version. <paramref name="baseVersion"/> is the version the plan was
    /// pulled at (null: a new plan, which must not exist yet). A stale base throws <see cref="InputException"/> naming
    /// who pushed the newer version and when, and changes nothing. With <paramref name="results"/> the views and
    /// findings replace the plan's stored results in the same transaction.
    /// </summary>
    public async Task<PushResult> PushAsync(Plan plan, int? baseVersion, PlanResults? results = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!CrsRegistry.TryDescribe(plan.Epsg, out var crs) || crs.IsGeographic)
        {
            throw new InputException(Description, null, "crs", $"expected a plan in a supported projected CRS, got EPSG:{plan.Epsg}");
        }

        CheckText(plan);
        var result = await database.RunAsync($"push of plan \"{PostGisText.Safe(Name, 60)}\"", async db =>
        {
            await using var tx = await db.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await PostGisMigrations.RequireCurrentAsync(db, tx, database.Target, cancellationToken).ConfigureAwait(false);
            await SetChangedByAsync(db, cancellationToken).ConfigureAwait(false);
            var srid = await WorkingSridAsync(db, cancellationToken).ConfigureAwait(false);
            var head = await PlanRow.ReadAsync(db, tx, Name, forUpdate: true, cancellationToken).ConfigureAwait(false);
            if (head?.Version != baseVersion)
            {
                throw Conflict(head, baseVersion);
            }

            var version = (head?.Version ?? 0) + 1;
            await PlanRow.WriteAsync(db, Name, version, plan, head is null, cancellationToken).ConfigureAwait(false);
            var stored = PlanTransform.To(plan, srid);
            var tolerance = plan.Epsg == srid ? 0 : TransformToleranceM;
            var (inserted, updated, deleted) = await WriteCamerasAsync(db, tx, stored.Cameras, srid, tolerance, cancellationToken).ConfigureAwait(false);
            await WriteZonesAsync(db, stored.Zones, srid, tolerance, cancellationToken).ConfigureAwait(false);
            await PostGisLayers.ReplaceBuildingsAsync(db, Name, stored.Buildings, srid, cancellationToken).ConfigureAwait(false);
            await PostGisLayers.ReplaceStreetsAsync(db, Name, stored.Streets, srid, cancellationToken).ConfigureAwait(false);
            var notes = new List<string>();
            if (await MayAsync(db, "incidents", "DELETE", cancellationToken).ConfigureAwait(false))
            {
                await PostGisLayers.ReplaceIncidentsAsync(db, Name, stored.Incidents, srid, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                notes.Add($"incidents kept as they are in the database (writing incident rows needs role cctvplanner_analyst)");
            }

            if (results is not null)
            {
                var (views, findings) = await PostGisResults.ReplaceAsync(db, Name, version, plan.Epsg, srid, results, cancellationToken).ConfigureAwait(false);
                notes.Add($"results stored: {views} views (camera × level), {findings} findings");
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new PushResult(version, inserted, updated, deleted) { Notes = notes };
        }, cancellationToken).ConfigureAwait(false);
        Origin = new PlanOrigin(Name, result.Version);
        return result;
    }

    /// <summary>
    /// Changes one camera (in the plan's CRS) if it is still at <paramref name="expectedRevision"/>; the plan's version
    /// goes up by one (an edit that changes nothing writes nothing). Returns the camera's new revision. A stale revision throws <see cref="InputException"/> naming who
    /// changed the camera and when; the stored camera is kept. The plan row is locked first, as a push does, so
    /// concurrent edits and pushes queue instead of deadlocking.
    /// </summary>
    public Task<CameraEditResult> UpdateCameraAsync(Camera camera, long expectedRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(camera);
        return database.RunAsync($"edit of camera \"{PostGisText.Safe(camera.Id, 60)}\"", async db =>
        {
            await using var tx = await db.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await SetChangedByAsync(db, cancellationToken).ConfigureAwait(false);
            var srid = await WorkingSridAsync(db, cancellationToken).ConfigureAwait(false);
            var head = await PlanRow.ReadAsync(db, tx, Name, forUpdate: true, cancellationToken).ConfigureAwait(false)
                ?? throw new InputException(database.Description, $"plan \"{PostGisText.Safe(Name, 60)}\"", "name", "expected the name of a plan in the database; there is none by that name");
            var current = (await PostGisLayers.ReadCamerasAsync(db, tx, Name, camera.Id, true, cancellationToken).ConfigureAwait(false)).SingleOrDefault()
                ?? throw new InputException(Description, $"camera \"{PostGisText.Safe(camera.Id, 60)}\"", "id", "expected a camera of the plan; there is none by that id (someone may have deleted it)");
            if (current.Revision != expectedRevision)
            {
                throw new InputException(Description, $"camera \"{PostGisText.Safe(camera.Id, 60)}\"", "revision",
                    $"{PostGisText.Safe(current.UpdatedBy ?? "someone", 63)} changed this camera at {current.UpdatedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC (revision {current.Revision}, you edited revision {expectedRevision}); their change is kept: reload the camera and re-apply yours");
            }

            var stored = LayerOps.TransformCamera(camera, head.Epsg, srid);
            if (SameCamera(current.Camera, stored, head.Epsg == srid ? 0 : TransformToleranceM))
            {
                return new CameraEditResult(head.Version, current.Revision); // nothing to change, nothing to audit
            }

            var version = head.Version + 1;
            await PlanRow.BumpAsync(db, Name, version, cancellationToken).ConfigureAwait(false);
            await using (var batch = new NpgsqlBatch(db))
            {
                PostGisLayers.UpdateCamera(batch, Name, stored, current.Seq, srid, changedBy ?? database.User);
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new CameraEditResult(version, current.Revision + 1);
        }, cancellationToken);
    }

    /// <summary>One camera as stored now (in the plan's CRS) and its revision, for an edit with <see cref="UpdateCameraAsync"/>.</summary>
    public Task<(Camera Camera, long Revision)> ReadCameraAsync(string id, CancellationToken cancellationToken = default) =>
        database.RunAsync($"reading camera \"{PostGisText.Safe(id, 60)}\"", async db =>
        {
            await using var tx = await db.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var srid = await WorkingSridAsync(db, cancellationToken).ConfigureAwait(false);
            var head = await PlanRow.ReadAsync(db, tx, Name, forUpdate: false, cancellationToken).ConfigureAwait(false)
                ?? throw new InputException(database.Description, $"plan \"{PostGisText.Safe(Name, 60)}\"", "name", "expected the name of a plan in the database; there is none by that name");
            var stored = (await PostGisLayers.ReadCamerasAsync(db, tx, Name, id, false, cancellationToken).ConfigureAwait(false)).SingleOrDefault()
                ?? throw new InputException(Description, $"camera \"{PostGisText.Safe(id, 60)}\"", "id", "expected a camera of the plan; there is none by that id");
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (LayerOps.TransformCamera(stored.Camera, srid, head.Epsg), stored.Revision);
        }, cancellationToken);

    private InputException Conflict(PlanRow? head, int? baseVersion)
    {
        var where = $"plan \"{PostGisText.Safe(Name, 60)}\"";
        return (head, baseVersion) switch
        {
            (null, _) => new InputException(database.Description, where, "version", $"the plan pulled at version {baseVersion} no longer exists in the database; push it under a new name"),
            (_, null) => new InputException(database.Description, where, "version", $"a plan of that name already exists (version {head.Version}, pushed by {head.By}); pull it, apply your changes, then push"),
            _ => new InputException(database.Description, where, "version", $"{head.By} pushed version {head.Version} at {head.At.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC after you pulled version {baseVersion}; their change is kept: pull again, re-apply yours, then push"),
        };
    }

    /// <summary>
    /// How far (metres) a transformed coordinate of a plan in another CRS may be from the stored one and still count as
    /// unchanged: a pull into 25833 and a push back move points by ≈ 0.1 mm (ProjNET's transverse Mercator 6° off its
    /// meridian), which must neither show up as an edit in the audit nor drift the stored value.
    /// </summary>
    public const double TransformToleranceM = 1e-3;

    private static bool SameCamera(Camera stored, Camera pushed, double tolerance) =>
        tolerance == 0 ? stored == pushed
        : Math.Abs(stored.X - pushed.X) <= tolerance && Math.Abs(stored.Y - pushed.Y) <= tolerance
          && Math.Abs(stored.Optics.HeadingDeg - pushed.Optics.HeadingDeg) <= 1e-6
          && stored with { X = pushed.X, Y = pushed.Y, Optics = stored.Optics.WithHeading(pushed.Optics.HeadingDeg) } == pushed;

    private async Task<(int Inserted, int Updated, int Deleted)> WriteCamerasAsync(NpgsqlConnection db, NpgsqlTransaction tx, IReadOnlyList<Camera> cameras, int srid, double tolerance, CancellationToken ct)
    {
        var before = (await PostGisLayers.ReadCamerasAsync(db, tx, Name, null, false, ct).ConfigureAwait(false)).ToDictionary(c => c.Camera.Id, StringComparer.Ordinal);
        var by = changedBy ?? database.User;
        await using var batch = new NpgsqlBatch(db);
        int inserted = 0, updated = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var seq = 0; seq < cameras.Count; seq++)
        {
            var c = cameras[seq];
            ids.Add(c.Id);
            if (!before.TryGetValue(c.Id, out var old))
            {
                PostGisLayers.InsertCamera(batch, Name, c, seq, srid, by);
                inserted++;
            }
            else if (!SameCamera(old.Camera, c, tolerance))
            {
                PostGisLayers.UpdateCamera(batch, Name, c, seq, srid, by);
                updated++;
            }
            else if (old.Seq != seq)
            {
                PostGisLayers.UpdateCamera(batch, Name, old.Camera, seq, srid, by);
            }
        }

        var deleted = 0;
        foreach (var id in before.Keys.Where(id => !ids.Contains(id)))
        {
            PostGisLayers.DeleteRow(batch, "cameras", Name, id);
            deleted++;
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return (inserted, updated, deleted);
    }

    private async Task WriteZonesAsync(NpgsqlConnection db, IReadOnlyList<Zone> zones, int srid, double tolerance, CancellationToken ct)
    {
        var before = (await PostGisLayers.ReadZonesAsync(db, Name, ct).ConfigureAwait(false)).Select((z, i) => (z, i)).ToDictionary(p => p.z.Id, StringComparer.Ordinal);
        await using var batch = new NpgsqlBatch(db);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var seq = 0; seq < zones.Count; seq++)
        {
            var z = zones[seq];
            ids.Add(z.Id);
            if (!before.TryGetValue(z.Id, out var old))
            {
                PostGisLayers.InsertZone(batch, Name, z, seq, srid);
            }
            else if (!PostGisLayers.SameZone(old.z, z, tolerance))
            {
                PostGisLayers.UpdateZone(batch, Name, z, seq, srid);
            }
            else if (old.i != seq)
            {
                PostGisLayers.UpdateZone(batch, Name, old.z, seq, srid);
            }
        }

        foreach (var id in before.Keys.Where(id => !ids.Contains(id)))
        {
            PostGisLayers.DeleteRow(batch, "zones", Name, id);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task SetChangedByAsync(NpgsqlConnection db, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT set_config('cctvplanner.changed_by', @by, true)", db);
        cmd.Parameters.AddWithValue("by", changedBy ?? "");
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<int> WorkingSridAsync(NpgsqlConnection db, CancellationToken ct) =>
        await PostGisAdmin.WorkingSridAsync(db, ct).ConfigureAwait(false) ?? CrsRegistry.Etrs89Utm32;

    private static async Task<bool> MayAsync(NpgsqlConnection db, string table, string privilege, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT has_table_privilege('cctvplanner.{table}', '{privilege}')", db);
        return (bool)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>PostgreSQL cannot store NUL in text; say which feature and field before anything is written.</summary>
    private void CheckText(Plan plan)
    {
        static bool Bad(string? s) => s is not null && s.Contains('\0', StringComparison.Ordinal);
        var where = (Bad(plan.Metadata.Name) ? ["plan name"] : Enumerable.Empty<string>())
            .Concat(plan.Cameras.Where(c => CameraAttributes.All.Any(a => Bad(a.Get(c) as string))).Select(c => $"camera \"{PostGisText.Safe(c.Id, 60)}\""))
            .Concat(plan.Zones.Where(z => Bad(z.Id) || Bad(z.Name) || Bad(z.OperatorId)).Select(z => $"zone \"{PostGisText.Safe(z.Id, 60)}\""))
            .Concat(plan.Buildings.Where(b => Bad(b.Id)).Select(b => $"building \"{PostGisText.Safe(b.Id, 60)}\""))
            .Concat(plan.Incidents.Where(i => Bad(i.Id) || Bad(i.Offence)).Select(i => $"incident \"{PostGisText.Safe(i.Id, 60)}\""))
            .FirstOrDefault();
        if (where is not null)
        {
            throw new InputException(Description, where, null, "expected text without NUL bytes (PostgreSQL cannot store them)");
        }
    }
}

/// <summary>A pulled plan: the plan in its own CRS, the version it is at, warnings (layers not readable), camera revisions.</summary>
public sealed record PulledPlan(Plan Plan, PlanOrigin Origin, IReadOnlyList<string> Warnings, IReadOnlyDictionary<string, long> CameraRevisions);

/// <summary>What a single-camera edit did: the plan's new version and the camera's new revision.</summary>
public sealed record CameraEditResult(int PlanVersion, long CameraRevision);
