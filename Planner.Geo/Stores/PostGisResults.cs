using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Rules;

namespace Planner.Geo.Stores;

/// <summary>
/// Writes <see cref="PlanResults"/> into <c>cctvplanner.coverage_views</c> (one MultiPolygon row per camera and level)
/// and <c>cctvplanner.findings</c> (typed: severity, outcome, citation, optional geometry), replacing the plan's
/// previous results, in the working CRS.
/// </summary>
internal static class PostGisResults
{
    public static async Task<(int Views, int Findings)> ReplaceAsync(NpgsqlConnection db, string plan, int version, int planEpsg, int srid, PlanResults results, CancellationToken ct)
    {
        await using (var del = new NpgsqlCommand("DELETE FROM cctvplanner.coverage_views WHERE plan = @n; DELETE FROM cctvplanner.findings WHERE plan = @n", db))
        {
            del.Parameters.AddWithValue("n", plan);
            await del.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        var views = 0;
        await using (var copy = await db.BeginBinaryImportAsync("COPY cctvplanner.coverage_views (plan, plan_version, camera_id, level, area_m2, target_height_m, geom) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var view in results.Views)
            {
                foreach (var level in DoriLevels.All)
                {
                    var g = CrsRegistry.Transform(view[level], planEpsg, srid);
                    await copy.StartRowAsync(ct).ConfigureAwait(false);
                    await copy.WriteAsync(plan, ct).ConfigureAwait(false);
                    await copy.WriteAsync(version, ct).ConfigureAwait(false);
                    await copy.WriteAsync(view.CameraId, ct).ConfigureAwait(false);
                    await copy.WriteAsync(level.ToContractName(), ct).ConfigureAwait(false);
                    await copy.WriteAsync(view[level].Area, NpgsqlDbType.Double, ct).ConfigureAwait(false);
                    await copy.WriteAsync(results.TargetHeightM, NpgsqlDbType.Double, ct).ConfigureAwait(false);
                    await copy.WriteAsync<Geometry>(Polygons(g, srid), "geometry", ct).ConfigureAwait(false);
                    views++;
                }
            }

            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }

        var seq = 0;
        await using (var copy = await db.BeginBinaryImportAsync("COPY cctvplanner.findings (plan, plan_version, seq, camera_id, rule_id, outcome, severity, assumption, message, citation, source_url, pack_id, pack_version, geom) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var f in results.Findings)
            {
                await copy.StartRowAsync(ct).ConfigureAwait(false);
                await copy.WriteAsync(plan, ct).ConfigureAwait(false);
                await copy.WriteAsync(version, ct).ConfigureAwait(false);
                await copy.WriteAsync(seq++, ct).ConfigureAwait(false);
                if (f.CameraId is null)
                {
                    await copy.WriteNullAsync(ct).ConfigureAwait(false);
                }
                else
                {
                    await copy.WriteAsync(f.CameraId, ct).ConfigureAwait(false);
                }

                await copy.WriteAsync(f.RuleId, ct).ConfigureAwait(false);
                await copy.WriteAsync(f.Outcome, ct).ConfigureAwait(false);
                await copy.WriteAsync(f.Severity.ToContractName(), ct).ConfigureAwait(false);
                await copy.WriteAsync(f.Assumption, ct).ConfigureAwait(false);
                await copy.WriteAsync(f.Message, ct).ConfigureAwait(false);
                await copy.WriteAsync(f.Citation, ct).ConfigureAwait(false);
                await copy.WriteAsync(f.SourceUrl, ct).ConfigureAwait(false);
                await copy.WriteAsync(results.PackId, ct).ConfigureAwait(false);
                await copy.WriteAsync(results.PackVersion, ct).ConfigureAwait(false);
                if (f.Geometry is null || f.Geometry.IsEmpty)
                {
                    await copy.WriteNullAsync(ct).ConfigureAwait(false);
                }
                else
                {
                    var g = CrsRegistry.Transform(f.Geometry, planEpsg, srid);
                    g.SRID = srid;
                    await copy.WriteAsync(g, "geometry", ct).ConfigureAwait(false);
                }
            }

            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }

        return (views, seq);
    }

    /// <summary>The polygonal part of a view as one MultiPolygon (an empty view is an empty MultiPolygon).</summary>
    private static MultiPolygon Polygons(Geometry g, int srid)
    {
        var factory = new GeometryFactory(new PrecisionModel(), srid);
        var parts = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            switch (g.GetGeometryN(i))
            {
                case Polygon p when !p.IsEmpty:
                    parts.Add((Polygon)factory.CreateGeometry(p));
                    break;
                case MultiPolygon mp:
                    parts.AddRange(Enumerable.Range(0, mp.NumGeometries).Select(k => (Polygon)factory.CreateGeometry(mp.GetGeometryN(k))));
                    break;
                default:
                    break;
            }
        }

        return factory.CreateMultiPolygon([.. parts]);
    }
}
