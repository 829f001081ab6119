using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Planner.Reports.Maps;

/// <summary>
/// Working CRS (metres, x east, y north) to page points (y down) at a print scale, centred on the extent's centre.
/// Up on the page is grid north of the working CRS.
/// </summary>
public readonly record struct MapTransform(SKRect Frame, double CentreX, double CentreY, double ScaleDenominator)
{
    public double MetresPerPoint => PrintScale.MetresPerPoint(ScaleDenominator);

    public static MapTransform Fit(SKRect frame, Envelope extent, double? scaleDenominator = null)
    {
        ArgumentNullException.ThrowIfNull(extent);
        var scale = scaleDenominator ?? PrintScale.Fit(extent, frame.Width, frame.Height);
        var centre = extent.Centre;
        return new MapTransform(frame, centre.X, centre.Y, scale);
    }

    public SKPoint ToPage(double x, double y) =>
        new((float)(Frame.MidX + ((x - CentreX) / MetresPerPoint)), (float)(Frame.MidY - ((y - CentreY) / MetresPerPoint)));

    /// <summary>The ground extent the frame shows.</summary>
    public Envelope Ground
    {
        get
        {
            var hw = Frame.Width / 2 * MetresPerPoint;
            var hh = Frame.Height / 2 * MetresPerPoint;
            return new Envelope(CentreX - hw, CentreX + hw, CentreY - hh, CentreY + hh);
        }
    }

    /// <summary>A polygonal geometry as an even-odd path (holes stay holes); other geometry types give an empty path.</summary>
    public SKPath Path(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        AddTo(path, geometry);
        return path;
    }

    private void AddTo(SKPath path, Geometry geometry)
    {
        switch (geometry)
        {
            case Polygon p:
                AddRing(path, p.ExteriorRing.CoordinateSequence);
                foreach (var hole in p.InteriorRings)
                {
                    AddRing(path, hole.CoordinateSequence);
                }

                break;
            case GeometryCollection c:
                for (var i = 0; i < c.NumGeometries; i++)
                {
                    AddTo(path, c.GetGeometryN(i));
                }

                break;
        }
    }

    private void AddRing(SKPath path, CoordinateSequence ring)
    {
        if (ring.Count < 3)
        {
            return;
        }

        path.MoveTo(ToPage(ring.GetX(0), ring.GetY(0)));
        for (var i = 1; i < ring.Count; i++)
        {
            path.LineTo(ToPage(ring.GetX(i), ring.GetY(i)));
        }

        path.Close();
    }
}
