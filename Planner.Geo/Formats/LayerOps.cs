using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>What the loader needs to do with the items of one layer type: see their geometry, swap axes, change CRS.</summary>
internal sealed record LayerOps<T>(Func<T, Geometry> GeometryOf, Func<T, T> SwapAxes, Func<T, int, int, T> Transform, Func<T, string> IdOf)
{
    /// <summary>
    /// For a layer of points: the item's (x, y) without building a geometry, so the loader's per-item steps stay cheap
    /// on a million incidents (issue 9 item 9). Null for other layers.
    /// </summary>
    public Func<T, (double X, double Y)>? PointOf { get; init; }
}

internal static class LayerOps
{
    private static readonly GeometryFactory Factory = GeoJsonGeometryParser.Factory;

    public static readonly LayerOps<Camera> Cameras = new(
        c => Factory.CreatePoint(new Coordinate(c.X, c.Y)),
        c => c with { X = c.Y, Y = c.X },
        TransformCamera,
        c => c.Id);

    public static readonly LayerOps<Building> Buildings = new(
        b => b.Footprint,
        b => new Building(b.Id, Swap(b.Footprint), b.HeightM),
        (b, from, to) => from == to ? b : new Building(b.Id, CrsRegistry.Transform(b.Footprint, from, to), b.HeightM),
        b => b.Id);

    public static readonly LayerOps<Zone> Zones = new(
        z => z.Area,
        z => z.WithArea(Swap(z.Area)),
        (z, from, to) => from == to ? z : z.WithArea(CrsRegistry.Transform(z.Area, from, to)),
        z => z.Id);

    public static readonly LayerOps<Street> Streets = new(
        s => s.Line,
        s => new Street(s.Id, Swap(s.Line), s.Name, s.Highway) { Source = s.Source },
        (s, from, to) => from == to ? s : new Street(s.Id, CrsRegistry.Transform(s.Line, from, to), s.Name, s.Highway) { Source = s.Source },
        s => s.Id);

    public static readonly LayerOps<Incident> Incidents = new(
        i => Factory.CreatePoint(new Coordinate(i.X, i.Y)),
        i => Move(i, i.Y, i.X),
        TransformIncident,
        i => i.Id)
    {
        PointOf = i => (i.X, i.Y),
    };

    /// <summary>Moves a camera to another CRS; a known heading is rotated by the change of north (see <see cref="GridNorth"/>).</summary>
    public static Camera TransformCamera(Camera c, int from, int to)
    {
        if (from == to)
        {
            return c;
        }

        var (x, y) = CrsRegistry.Transform(from, to, c.X, c.Y);
        var optics = c.HeadingKnown ? c.Optics.WithHeading(GridNorth.TransformHeading(c.Optics.HeadingDeg, from, to, c.X, c.Y)) : c.Optics;
        return c with { X = x, Y = y, Optics = optics };
    }

    private static Incident TransformIncident(Incident i, int from, int to)
    {
        if (from == to)
        {
            return i;
        }

        var (x, y) = CrsRegistry.Transform(from, to, i.X, i.Y);
        return Move(i, x, y);
    }

    private static Incident Move(Incident i, double x, double y) =>
        new(i.Id, x, y, i.OccurredAt, i.Offence) { AmountDkk = i.AmountDkk, Reported = i.Reported };

    private static Geometry Swap(Geometry g)
    {
        var copy = g.Copy();
        copy.Apply(new SwapFilter());
        copy.GeometryChanged();
        return copy;
    }

    private sealed class SwapFilter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = seq.GetX(i);
                seq.SetX(i, seq.GetY(i));
                seq.SetY(i, x);
            }
        }
    }
}
