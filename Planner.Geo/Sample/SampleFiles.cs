using System.Globalization;
using System.Text;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Sample;

/// <summary>
/// Writes a plan's layers as loose files anyone can open: <c>cameras.geojson</c>, <c>buildings.geojson</c>,
/// <c>zones.geojson</c> (in the plan's projected CRS, named by a legacy <c>crs</c> member, 0.1 mm; exact, and
/// camera headings stay grid-north as in the plan), <c>incidents.csv</c> (the contract's columns, lon/lat with 8 decimals ≈ 1 mm)
/// and a <c>README.md</c>. The bundled sample in data/sample is this output for <see cref="SampleMunicipality.Build"/>.
/// </summary>
public static class SampleFiles
{
    public static readonly string[] FileNames = ["README.md", "buildings.geojson", "cameras.geojson", "incidents.csv", "zones.geojson"];

    public static void Write(string directory, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Directory.CreateDirectory(directory);
        CameraGeoJsonWriter.Write(Path.Combine(directory, "cameras.geojson"), plan.Cameras, plan.Epsg, plan.Epsg);
        GeoJsonOutput.Write(Path.Combine(directory, "buildings.geojson"), plan.Buildings.Select(b => new OutputFeature(b.Footprint, [P("id", b.Id), P("height_m", b.HeightM)])), plan.Epsg, plan.Epsg);
        GeoJsonOutput.Write(Path.Combine(directory, "zones.geojson"), plan.Zones.Select(z => new OutputFeature(z.Area,
            [P("id", z.Id), P("kind", z.Kind.ToContractName()), P("operator_id", z.OperatorId), P("name", z.Name), P("business_type", z.BusinessType?.ToContractName())])), plan.Epsg, plan.Epsg);
        AtomicFile.WriteText(Path.Combine(directory, "incidents.csv"), IncidentsCsv(plan));
        AtomicFile.WriteText(Path.Combine(directory, "README.md"), Readme(plan));
    }

    private static string IncidentsCsv(Plan plan)
    {
        var sb = new StringBuilder("id,lon,lat,occurred_at,offence,amount_dkk\n");
        foreach (var i in plan.Incidents)
        {
            var (lon, lat) = CrsRegistry.Transform(plan.Epsg, CrsRegistry.Wgs84, i.X, i.Y);
            sb.Append(CultureInfo.InvariantCulture, $"{i.Id},{lon:F8},{lat:F8},{i.OccurredAt:yyyy-MM-dd'T'HH:mm:sszzz},{i.Offence},{i.AmountDkk}\n");
        }

        return sb.ToString();
    }

    private static string Readme(Plan plan)
    {
        var m = plan.Metadata;
        var first = plan.Incidents.Min(i => i.OccurredAt);
        var last = plan.Incidents.Max(i => i.OccurredAt);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""
            # {m.Name}

            **{m.Source}**

            A fictional Danish town centre ({m.Municipality}) in central Jutland, EPSG:{plan.Epsg} in the plan, for trying
            CctvPlanner. `planner new --sample --out lindsted.gpkg` writes the same data as a GeoPackage plan.
            These files are generated; do not edit them by hand. To regenerate after changing the generator:
            `PLANNER_REGENERATE_SAMPLE=1 dotnet test Planner.Tests --filter "FullyQualifiedName~SampleFilesTests"`.

            | file | content |
            |---|---|
            | buildings.geojson | {plan.Buildings.Count} building footprints with `height_m` (3–25 m), perimeter blocks with courtyards |
            | zones.geojson | {plan.Zones.Count} zones with `kind` ({KindCounts(plan)}), `operator_id` and, for shops and venues, `business_type` |
            | cameras.geojson | {plan.Cameras.Count} existing cameras ({OperatorCounts(plan)}) |
            | incidents.csv | {plan.Incidents.Count} incidents {first:yyyy-MM-dd} – {last:yyyy-MM-dd} ({OffenceCounts(plan)}), Europe/Copenhagen local time with offset |

            The GeoJSON files are in EPSG:{plan.Epsg} (metres; named by a `crs` member, which QGIS, GDAL and CctvPlanner read),
            so camera `heading_deg` is degrees clockwise from grid north. incidents.csv has WGS 84 `lon`,`lat`.
            Incident structure built in: violence around the nightlife venues of Vestergade on Friday and Saturday nights,
            pickpocketing at the station and along Algade at rush hours, shoplifting in shop hours, burglary in the
            residential blocks (more in the dark half of the year), background noise everywhere. One designated
            `utryg_area` covers Vestergade and Stationspladsen.

            """);
        return sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string KindCounts(Plan plan) => Counts(plan.Zones.Select(z => z.Kind.ToContractName()));

    private static string OperatorCounts(Plan plan) => Counts(plan.Cameras.Select(c => c.Operator?.ToContractName() ?? "unknown"));

    private static string OffenceCounts(Plan plan) => Counts(plan.Incidents.Select(i => i.Offence));

    internal static string Counts(IEnumerable<string> values) => string.Join(", ", values
        .GroupBy(v => v, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} {g.Count().ToString(CultureInfo.InvariantCulture)}"));

    private static KeyValuePair<string, object?> P(string key, object? value) => new(key, value);
}
