using System.Globalization;
using System.Text;

namespace Planner.Bench.Incidents;

/// <summary>
/// A synthetic incident CSV of the contract's columns in lon/lat over central Copenhagen (12.45–12.65° E,
/// 55.60–55.72° N): local times spread over 2023–2024 (daylight-saving hours included), eight offences, an amount on
/// 30 % of the rows and <c>reported</c> on two thirds. Seeded, so every run reads the same bytes.
/// </summary>
internal static class IncidentCsvFile
{
    private static readonly string[] Offences = ["theft", "violence", "vandalism", "burglary", "robbery", "drugs", "fraud", "disorder"];

    /// <summary>Writes <paramref name="rows"/> incidents to a file in the temp folder (once per size) and returns its path.</summary>
    public static string Ensure(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"planner-bench-incidents-{rows}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var random = new Random(42);
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var tmp = path + ".tmp";
        using (var writer = new StreamWriter(tmp, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("id,lon,lat,occurred_at,offence,amount_dkk,reported\n");
            for (var i = 0; i < rows; i++)
            {
                var lon = 12.45 + (random.NextDouble() * 0.2);
                var lat = 55.60 + (random.NextDouble() * 0.12);
                var at = start.AddSeconds(random.Next(0, 730 * 86400));
                var amount = random.NextDouble() < 0.3 ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 50000)}.{random.Next(0, 100):00}") : "";
                var reported = random.Next(3) switch { 0 => "true", 1 => "false", _ => "" };
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"INC-{i:0000000},{lon:0.000000},{lat:0.000000},{at:yyyy-MM-dd'T'HH:mm:ss},{Offences[random.Next(Offences.Length)]},{amount},{reported}\n"));
            }
        }

        File.Move(tmp, path, overwrite: true);
        return path;
    }
}
