using System.Globalization;
using System.Text.RegularExpressions;

namespace Planner.Geo.Crs;

/// <summary>
/// Recognises the EPSG code of an Esri <c>.prj</c> (WKT1): its outermost <c>AUTHORITY["EPSG", n]</c> when it names a
/// supported CRS, else the CRS name (<c>ETRS_1989_UTM_Zone_32N</c>, <c>ETRS89 / UTM zone 33N</c>,
/// <c>WGS_1984_UTM_Zone_32N</c>, <c>WGS_1984_Web_Mercator_Auxiliary_Sphere</c>, <c>GCS_WGS_1984</c>, <c>GCS_ETRS_1989</c>, …).
/// ETRS89 geographic is read as EPSG:4326 (as <see cref="CrsRegistry"/> treats ETRS89 = WGS 84).
/// </summary>
public static partial class PrjEpsg
{
    public static bool TryRecognise(string? wkt, out int epsg)
    {
        epsg = 0;
        if (string.IsNullOrWhiteSpace(wkt))
        {
            return false;
        }

        var authorities = AuthorityPattern().Matches(wkt);
        if (authorities.Count > 0
            && int.TryParse(authorities[^1].Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && CrsRegistry.IsSupported(code))
        {
            epsg = code;
            return true;
        }

        var name = NamePattern().Match(wkt);
        if (!name.Success)
        {
            return false;
        }

        var kind = name.Groups[1].Value.ToUpperInvariant();
        var n = new string([.. name.Groups[2].Value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        if (kind == "PROJCS")
        {
            var utm = UtmPattern().Match(n);
            if (utm.Success)
            {
                var zone = int.Parse(utm.Groups[2].Value, CultureInfo.InvariantCulture);
                var north = utm.Groups[3].Value == "n";
                var etrs = utm.Groups[1].Value.StartsWith("etrs", StringComparison.Ordinal);
                if (etrs && north && zone is 32 or 33)
                {
                    epsg = zone == 32 ? CrsRegistry.Etrs89Utm32 : CrsRegistry.Etrs89Utm33;
                    return true;
                }

                if (zone is >= 1 and <= 60 && (!etrs || north))
                {
                    epsg = (north ? 32600 : 32700) + zone;
                    return true;
                }

                return false;
            }

            if (n.Contains("webmercator", StringComparison.Ordinal) || n.Contains("pseudomercator", StringComparison.Ordinal))
            {
                epsg = CrsRegistry.WebMercator;
                return true;
            }

            return false;
        }

        if (n is "gcswgs1984" or "wgs84" or "wgs1984" or "gcsetrs1989" or "etrs89" or "etrs1989")
        {
            epsg = CrsRegistry.Wgs84;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"AUTHORITY\s*\[\s*""EPSG""\s*,\s*""?(\d+)""?\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityPattern();

    [GeneratedRegex(@"^\s*(PROJCS|GEOGCS)\s*\[\s*""([^""]*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(etrs1989|etrs89|wgs1984|wgs84)utmzone(\d{1,2})([ns])$", RegexOptions.CultureInvariant)]
    private static partial Regex UtmPattern();
}
