using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Planner.Geo.Crs;

/// <summary>
/// The CRSs CctvPlanner works in, built with ProjNET: EPSG:4326 (WGS 84 lon/lat, axis order x = lon, y = lat as in
/// GeoJSON), EPSG:3857 (Web Mercator), EPSG:25832/25833 (ETRS89 / UTM 32N/33N) and every WGS 84 UTM zone
/// (326xx north, 327xx south). ETRS89 is treated as equal to WGS 84 (difference below one metre, far below what
/// camera planning resolves). Lon/lat ↔ UTM (and UTM ↔ UTM) use <see cref="ExactTransverseMercator"/> on the CRS's own
/// ellipsoid, agreeing with PROJ to 1e-6 m (ProjNET's series differed by about 0.13 mm, enough to move incidents on a
/// hotspot cell border into the next cell); Web Mercator goes through ProjNET.
/// </summary>
public static class CrsRegistry
{
    public const int Wgs84 = 4326;
    public const int WebMercator = 3857;
    public const int Etrs89Utm32 = 25832;
    public const int Etrs89Utm33 = 25833;

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory TransformFactory = new();
    private static readonly ConcurrentDictionary<int, CoordinateSystem> Systems = new();
    private static readonly ConcurrentDictionary<(int, int), MathTransform> Transforms = new();

    /// <summary>True when the EPSG code is one of the supported CRSs.</summary>
    public static bool IsSupported(int epsg) => TryDescribe(epsg, out _);

    /// <summary>Parses "EPSG:25832", "epsg:25832", "25832" or an OGC URN such as "urn:ogc:def:crs:EPSG::25832" or "…:OGC:1.3:CRS84".</summary>
    public static bool TryParseCode(string? text, out int epsg)
    {
        epsg = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        if (t.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            epsg = Wgs84;
            return true;
        }

        var last = t.LastIndexOf(':');
        var digits = last >= 0 ? t[(last + 1)..] : t;
        return int.TryParse(digits, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out epsg) && epsg > 0;
    }

    /// <summary>Parses a CRS name and checks it is supported; throws <see cref="DomainRuleException"/> on field "crs" otherwise.</summary>
    public static int ParseSupported(string text)
    {
        if (!TryParseCode(text, out var epsg))
        {
            throw new DomainRuleException("crs", $"crs must look like EPSG:25832, got \"{text}\"");
        }

        if (!IsSupported(epsg))
        {
            throw new DomainRuleException("crs", $"crs EPSG:{epsg} is not supported (supported: EPSG:4326, 3857, 25832, 25833, 32601–32660, 32701–32760)");
        }

        return epsg;
    }

    public static bool TryDescribe(int epsg, out CrsInfo info)
    {
        info = null!;
        switch (epsg)
        {
            case Wgs84:
                info = new CrsInfo(epsg, "WGS 84", true, new Envelope(-180, 180, -90, 90));
                return true;
            case WebMercator:
                info = new CrsInfo(epsg, "WGS 84 / Pseudo-Mercator", false, new Envelope(-180, 180, -85.06, 85.06));
                return true;
            case Etrs89Utm32:
                // EPSG area of use is 6°E–12°E, but Danish practice works all of Denmark (to Bornholm, 15.2°E) in it.
                info = new CrsInfo(epsg, "ETRS89 / UTM zone 32N", false, new Envelope(-16.1, 40.2, 32.9, 84.2));
                return true;
            case Etrs89Utm33:
                info = new CrsInfo(epsg, "ETRS89 / UTM zone 33N", false, new Envelope(-16.1, 40.2, 32.9, 84.2));
                return true;
        }

        if (epsg is > 32600 and <= 32660 or > 32700 and <= 32760)
        {
            var zone = epsg % 100;
            var north = epsg < 32700;
            var centre = -183 + 6 * zone;
            // Transverse Mercator stays usable a few zones either side; farther out the grid distorts badly.
            var area = north
                ? new Envelope(centre - 15, centre + 15, 0, 84)
                : new Envelope(centre - 15, centre + 15, -80, 0);
            info = new CrsInfo(epsg, $"WGS 84 / UTM zone {zone}{(north ? 'N' : 'S')}", false, area);
            return true;
        }

        return false;
    }

    public static CrsInfo Describe(int epsg) =>
        TryDescribe(epsg, out var info) ? info : throw new DomainRuleException("crs", $"crs EPSG:{epsg} is not supported");

    /// <summary>The WGS 84 UTM zone EPSG code for a lon/lat point; EPSG:25832 inside Denmark's west and centre, 25833 east of 12°E... see remarks.</summary>
    /// <remarks>
    /// Denmark (lon 8–15.2°E, lat 54.5–57.8°N, Bornholm included) is worked in EPSG:25832, the national
    /// standard, even east of 12°E. Elsewhere: the WGS 84 UTM zone of the point (32601–32660 north, 32701–32760 south).
    /// </remarks>
    public static int UtmFor(double lon, double lat)
    {
        if (lon is >= 7.5 and <= 15.5 && lat is >= 54.4 and <= 58)
        {
            return Etrs89Utm32;
        }

        var zone = (int)Math.Floor((lon + 180) / 6) + 1;
        zone = Math.Clamp(zone, 1, 60);
        return (lat >= 0 ? 32600 : 32700) + zone;
    }

    /// <summary>Transforms one coordinate; x/y in the source CRS's axis order (lon/lat for 4326).</summary>
    public static (double X, double Y) Transform(int fromEpsg, int toEpsg, double x, double y)
    {
        if (fromEpsg == toEpsg)
        {
            return (x, y);
        }

        if (ExactPath(fromEpsg, toEpsg) is { } exact)
        {
            return exact(x, y);
        }

        var t = GetTransform(fromEpsg, toEpsg);
        return t.Transform(x, y);
    }

    /// <summary>
    /// Between lon/lat (4326) and UTM (25832, 25833, 326xx, 327xx), or between two UTM zones: the exact transverse
    /// Mercator of <see cref="ExactTransverseMercator"/> on the CRS's own ellipsoid (GRS 80 for ETRS89, WGS 84 otherwise),
    /// as PROJ computes it (ETRS89 and WGS 84 lon/lat taken as equal, as PROJ's default ballpark transformation does).
    /// Null for other pairs (Web Mercator), which go through ProjNET.
    /// </summary>
    private static Func<double, double, (double, double)>? ExactPath(int fromEpsg, int toEpsg)
    {
        var from = Utm(fromEpsg);
        var to = Utm(toEpsg);
        return (fromEpsg, toEpsg, from, to) switch
        {
            (Wgs84, _, _, { } t) => t.Forward,
            (_, Wgs84, { } f, _) => f.Inverse,
            (_, _, { } f, { } t) => (x, y) =>
            {
                var (lon, lat) = f.Inverse(x, y);
                return t.Forward(lon, lat);
            },
            _ => null,
        };
    }

    /// <summary>
    /// True when points can be moved from <paramref name="fromEpsg"/> to <paramref name="toEpsg"/> on several threads at
    /// once: the same CRS, or the exact transverse Mercator (pure functions); ProjNET's transforms are not promised to be.
    /// </summary>
    internal static bool CanTransformInParallel(int fromEpsg, int toEpsg) => fromEpsg == toEpsg || ExactPath(fromEpsg, toEpsg) is not null;

    private static readonly ConcurrentDictionary<int, ExactTransverseMercator?> UtmProjections = new();

    private static ExactTransverseMercator? Utm(int epsg) => UtmProjections.GetOrAdd(epsg, e => e switch
    {
        Etrs89Utm32 => ExactTransverseMercator.Utm(32, north: true, grs80: true),
        Etrs89Utm33 => ExactTransverseMercator.Utm(33, north: true, grs80: true),
        > 32600 and <= 32660 => ExactTransverseMercator.Utm(e - 32600, north: true, grs80: false),
        > 32700 and <= 32760 => ExactTransverseMercator.Utm(e - 32700, north: false, grs80: false),
        _ => null,
    });

    /// <summary>Returns a transformed copy of <paramref name="geometry"/> (the input is not changed).</summary>
    public static TGeometry Transform<TGeometry>(TGeometry geometry, int fromEpsg, int toEpsg) where TGeometry : Geometry
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var copy = (TGeometry)geometry.Copy();
        if (fromEpsg == toEpsg)
        {
            return copy;
        }

        var exact = ExactPath(fromEpsg, toEpsg);
        var t = exact ?? GetTransform(fromEpsg, toEpsg).Transform;
        copy.Apply(new TransformFilter(t));
        copy.GeometryChanged();
        return copy;
    }

    internal static MathTransform GetTransform(int fromEpsg, int toEpsg) =>
        Transforms.GetOrAdd((fromEpsg, toEpsg), key =>
            TransformFactory.CreateFromCoordinateSystems(SystemFor(key.Item1), SystemFor(key.Item2)).MathTransform);

    private static CoordinateSystem SystemFor(int epsg) => Systems.GetOrAdd(epsg, Create);

    private static CoordinateSystem Create(int epsg)
    {
        switch (epsg)
        {
            case Wgs84:
                return GeographicCoordinateSystem.WGS84;
            case WebMercator:
                return ProjectedCoordinateSystem.WebMercator;
            case Etrs89Utm32:
            case Etrs89Utm33:
                var meridian = epsg == Etrs89Utm32 ? 9 : 15;
                var zone = epsg == Etrs89Utm32 ? 32 : 33;
                // ETRS89 on the WGS 84 datum and ellipsoid (GRS 80 differs by 0.1 mm in the semi-minor axis): with a
                // GRS 80 datum ProjNET routes every transform through geocentric coordinates, which loses ≈ 8 mm per
                // round trip; this way 4326 ↔ 25832 round-trips exactly and matches PROJ's GRS 80 result to < 1 mm.
                return Factory.CreateFromWkt(
                    $"PROJCS[\"ETRS89 / UTM zone {zone}N\",GEOGCS[\"ETRS89 (as WGS 84)\",DATUM[\"WGS_1984\"," +
                    "SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0]," +
                    "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0]," +
                    $"PARAMETER[\"central_meridian\",{meridian}],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000]," +
                    $"PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"{epsg}\"]]");
        }

        if (epsg is > 32600 and <= 32660 or > 32700 and <= 32760)
        {
            return ProjectedCoordinateSystem.WGS84_UTM(epsg % 100, epsg < 32700);
        }

        throw new DomainRuleException("crs", $"crs EPSG:{epsg} is not supported");
    }

    private sealed class TransformFilter(Func<double, double, (double, double)> transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = transform(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
