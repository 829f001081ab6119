using Planner.Geo.Model;
using Planner.Geo.OpenData;

namespace Planner.Desktop.App.Zones;

/// <summary>
/// How derived zones and streets meet a plan's own, shared by <c>planner zones</c> and the app's zones action: replaced,
/// or appended after the plan's own, refused when a derived id is already in the plan (e.g. a second run).
/// </summary>
internal static class ZoneMerge
{
    /// <summary>
    /// The zones and streets the plan gets. A clash throws <paramref name="refuse"/>(layer, line): layer "zones" or
    /// "streets", line "the plan already has a zone "id" (derived earlier?); " + <paramref name="remedy"/>; the caller
    /// words the remedy (a flag on the command line, a choice in the app) and the exception.
    /// </summary>
    public static (IReadOnlyList<Zone> Zones, IReadOnlyList<Street> Streets) Merge(Plan plan, ZoneDerivationResult derived, bool replace,
        string remedy, Func<string, string, Exception> refuse)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(refuse);
        if (replace)
        {
            return (derived.Zones, derived.Streets);
        }

        var zoneIds = plan.Zones.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        if (derived.Zones.FirstOrDefault(z => zoneIds.Contains(z.Id)) is { } clash)
        {
            throw refuse("zones", $"the plan already has a zone \"{clash.Id}\" (derived earlier?); {remedy}");
        }

        var streetIds = plan.Streets.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (derived.Streets.FirstOrDefault(s => streetIds.Contains(s.Id)) is { } street)
        {
            throw refuse("streets", $"the plan already has a street \"{street.Id}\"; {remedy}");
        }

        return ([.. plan.Zones, .. derived.Zones], [.. plan.Streets, .. derived.Streets]);
    }
}
