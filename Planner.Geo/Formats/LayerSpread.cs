using System.Globalization;
using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Issue 14: a plan whose layers lie far apart (Copenhagen buildings with Swiss cameras, 800 km) gives no error but
/// meaningless results (no building ever blocks a view). The gap between two layers is the distance between their
/// extents (bounding boxes, working CRS metres; 0 when they overlap); above <see cref="GapM"/> the plan gets a warning.
/// </summary>
public static class LayerSpread
{
    /// <summary>Largest gap between two layers' extents that passes without a warning, metres.</summary>
    public const double GapM = 10_000;

    /// <summary>One warning naming the two layers farthest apart and their gap in km, or null when all lie within <see cref="GapM"/>.</summary>
    public static string? Warning(Plan plan, string file)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var extents = new List<(string Name, Envelope Extent)>();
        void Add(string name, IEnumerable<Envelope> envelopes)
        {
            var e = new Envelope();
            foreach (var x in envelopes)
            {
                e.ExpandToInclude(x);
            }

            if (!e.IsNull)
            {
                extents.Add((name, e));
            }
        }

        Add("cameras", plan.Cameras.Select(c => new Envelope(c.Location)));
        Add("buildings", plan.Buildings.Select(b => b.Footprint.EnvelopeInternal));
        Add("zones", plan.Zones.Select(z => z.Area.EnvelopeInternal));
        Add("incidents", plan.Incidents.Select(i => new Envelope(i.X, i.X, i.Y, i.Y)));
        Add("streets", plan.Streets.Select(s => s.Line.EnvelopeInternal));
        var worst = extents.SelectMany((a, i) => extents.Skip(i + 1).Select(b => (a.Name, B: b.Name, Gap: a.Extent.Distance(b.Extent))))
            .OrderByDescending(p => p.Gap)
            .FirstOrDefault();
        return worst.Gap > GapM
            ? string.Create(CultureInfo.InvariantCulture,
                $"{file}: the {worst.Name} and the {worst.B} lie {worst.Gap / 1000:N0} km apart (gap between their extents): check that they show the same place; results that combine them (views blocked by buildings, zones in view, incidents seen) are meaningless")
            : null;
    }
}
