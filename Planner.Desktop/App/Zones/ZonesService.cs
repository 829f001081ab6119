using System.Diagnostics;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.OpenData;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App.Zones;

/// <summary>
/// One "Derive zones from open data" run: the derived zones and streets (<see cref="Derived"/>: counts and union area
/// per kind), the extract's and the BBR file's names, whether the plan's zones were replaced or kept, the derivation's
/// warnings (e.g. homes not guessed from <c>building=yes</c>), and the plan version the edit produced.
/// </summary>
internal sealed record ZonesRun(
    ZoneDerivationResult Derived,
    IReadOnlyList<(ZoneKind Kind, int Count, double UnionAreaM2)> Summary,
    string OsmFile,
    string? BbrFile,
    bool Replaced,
    int KeptZones,
    int KeptStreets,
    long PlanVersion,
    TimeSpan Elapsed);

/// <summary>
/// The app's zones action: the same derivation as <c>planner zones</c> (<see cref="ZoneDerivation"/> over the plan's
/// buildings, OSM XML/PBF/Overpass JSON, optional BBR), applied to the plan as one workspace edit (zones and streets
/// together, one undo step). Merging keeps the plan's zones and streets and refuses derived ids already there.
/// </summary>
internal sealed class ZonesService(PlanSession session)
{
    /// <summary>The last applied run; null before the first.</summary>
    public ZonesRun? Latest { get; private set; }

    /// <summary>Bad files throw <see cref="InputException"/> (file, feature, field); clashes <see cref="DomainRuleException"/>. Nothing is applied then.</summary>
    public async Task<ZonesRun> DeriveAsync(string osmPath, string? bbrPath, bool replace, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(osmPath, "osm");
        var watch = Stopwatch.StartNew();
        var plan = session.Current.Plan;
        var (derived, summary) = await Task.Run(() =>
        {
            var extract = OsmExtractReader.Read(osmPath);
            cancellationToken.ThrowIfCancellationRequested();
            var result = ZoneDerivation.Derive(new ZoneDerivationOptions(extract, plan.Epsg)
            {
                Buildings = plan.Buildings,
                Bbr = bbrPath is null ? null : BbrBuildings.Read(bbrPath, plan.Epsg),
            });
            return (result, result.Summary());
        }, cancellationToken).ConfigureAwait(false);

        var (zones, streets) = ZoneMerge.Merge(plan, derived, replace, "choose Replace to replace the plan's zones and streets",
            (layer, line) => new DomainRuleException(layer, line));
        var change = await session.ApplyAsync(PlanEdit.All(new ReplaceZones(zones), new ReplaceStreets(streets)), cancellationToken).ConfigureAwait(false);
        var run = new ZonesRun(derived, summary, Path.GetFileName(osmPath), bbrPath is null ? null : Path.GetFileName(bbrPath), replace,
            replace ? 0 : plan.Zones.Count, replace ? 0 : plan.Streets.Count, change.After.Version, watch.Elapsed);
        Latest = run;
        return run;
    }
}
