using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Reports.Content;

/// <summary>
/// SHA-256 of each input layer of a plan, over a canonical text form (one line per feature in plan order; numbers in
/// round-trip invariant form; geometry as WKB hex). The same data gives the same hash whatever file format it came
/// from, so a reviewer can tell whether the layers behind two reports are identical. A camera line is its id, its
/// position (working CRS, metres) and every attribute of <see cref="CameraAttributes"/> in table order, so an
/// attribute added to the table is hashed without a change here.
/// </summary>
public static class LayerHasher
{
    public static IReadOnlyList<FileHash> Hash(Plan plan) => Hash(plan, CameraAttributes.All);

    /// <summary>The hashes with the camera lines taken from <paramref name="cameraAttributes"/> (the table; tests pass a longer one).</summary>
    internal static IReadOnlyList<FileHash> Hash(Plan plan, IReadOnlyList<CameraAttribute> cameraAttributes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(cameraAttributes);
        return
        [
            new("cameras", Sha(plan.Cameras.Select(c => CameraLine(c, cameraAttributes)))),
            new("buildings", Sha(plan.Buildings.Select(b => Join(b.Id, Wkb(b.Footprint), N(b.HeightM))))),
            new("zones", Sha(plan.Zones.Select(z => Join(z.Id, z.Kind.ToContractName(), z.OperatorId, z.Name, Wkb(z.Area))))),
            new("incidents", Sha(plan.Incidents.Select(i => Join(i.Id, N(i.X), N(i.Y), i.OccurredAt.ToString("o", CultureInfo.InvariantCulture), i.Offence, i.AmountDkk?.ToString(CultureInfo.InvariantCulture), i.Reported?.ToString())))),
        ];
    }

    /// <summary>SHA-256 of a file's bytes, lower-case hex.</summary>
    public static FileHash HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return new FileHash(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    /// <summary>The combined hash of all layers (a short plan version for headers is its first 12 hex digits).</summary>
    public static string Combined(IEnumerable<FileHash> layers) =>
        Sha(layers.Select(l => l.Name + ":" + l.Sha256));

    // Values by type: numbers in round-trip form, booleans True/False, dates yyyy-MM-dd, choices by contract name; an
    // unknown heading is missing (null), not 0. The id comes from the table too, followed by the position.
    private static string CameraLine(Camera c, IReadOnlyList<CameraAttribute> attributes)
    {
        var fields = new List<string?>(attributes.Count + 2);
        foreach (var a in attributes)
        {
            fields.Add(Canonical(a.Get(c)));
            if (a.Name == "id")
            {
                fields.Add(N(c.X));
                fields.Add(N(c.Y));
            }
        }

        return Join([.. fields]);
    }

    private static string? Canonical(object? value) => value switch
    {
        null => null,
        double d => N(d),
        DateOnly d => d.ToString("o", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Wkb(Geometry g) => Convert.ToHexStringLower(new WKBWriter().Write(g));

    // Fields are separated by a unit separator so no field value can shift into the next.
    private static string Join(params string?[] fields) => string.Join('\u001F', fields.Select(f => f ?? "\u2400"));

    private static string Sha(IEnumerable<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
