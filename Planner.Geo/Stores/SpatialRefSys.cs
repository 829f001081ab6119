using System.Globalization;
using Planner.Geo.Crs;

namespace Planner.Geo.Stores;

/// <summary>
/// Rows for a GeoPackage's <c>gpkg_spatial_ref_sys</c>: the OGC WKT 1 definition of every CRS the planner
/// works in (the same parameters <see cref="CrsRegistry"/> uses, written with EPSG authority codes so GDAL and
/// QGIS recognise them).
/// </summary>
internal static class SpatialRefSys
{
    private const string Wgs84Geogcs =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private const string Etrs89Geogcs =
        "GEOGCS[\"ETRS89\",DATUM[\"European_Terrestrial_Reference_System_1989\",SPHEROID[\"GRS 1980\",6378137,298.257222101," +
        "AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"6258\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4258\"]]";

    /// <summary>The name and WKT 1 of a supported EPSG code; throws <see cref="DomainRuleException"/> (field crs) otherwise.</summary>
    public static (string Name, string Wkt) Definition(int epsg)
    {
        var info = CrsRegistry.Describe(epsg);
        return epsg switch
        {
            CrsRegistry.Wgs84 => (info.Name, Wgs84Geogcs),
            CrsRegistry.WebMercator => (info.Name,
                "PROJCS[\"WGS 84 / Pseudo-Mercator\"," + Wgs84Geogcs + ",PROJECTION[\"Mercator_1SP\"]," +
                "PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0]," +
                "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST]," +
                "AXIS[\"Northing\",NORTH],EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs\"]," +
                "AUTHORITY[\"EPSG\",\"3857\"]]"),
            CrsRegistry.Etrs89Utm32 or CrsRegistry.Etrs89Utm33 => (info.Name, Utm(info.Name, Etrs89Geogcs, epsg - 25800, north: true, epsg)),
            _ => (info.Name, Utm(info.Name, Wgs84Geogcs, epsg % 100, north: epsg < 32700, epsg)),
        };
    }

    private static string Utm(string name, string geogcs, int zone, bool north, int epsg)
    {
        var meridian = (-183 + (6 * zone)).ToString(CultureInfo.InvariantCulture);
        var falseNorthing = north ? "0" : "10000000";
        return $"PROJCS[\"{name}\",{geogcs},PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0]," +
            $"PARAMETER[\"central_meridian\",{meridian}],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000]," +
            $"PARAMETER[\"false_northing\",{falseNorthing}],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST]," +
            $"AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"{epsg.ToString(CultureInfo.InvariantCulture)}\"]]";
    }
}
