using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Model;

namespace Planner.Reports.Content;

/// <summary>
/// SHA-256 of each input layer of a plan, over a canonical text form (one line per feature in plan order; numbers in
/// round-trip invariant form; geometry as WKB hex). The same data gives the same hash whatever file format it came
/// from, so a reviewer can tell whether the layers behind two reports are identical.
/// </summary>
public static class LayerHasher
{
    public static IReadOnlyList<FileHash> Hash(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            new("cameras", Sha(plan.Cameras.Select(CameraLine))),
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

    private static string CameraLine(Camera c)
    {
        var o = c.Optics;
        return Join(c.Id, N(c.X), N(c.Y), N(o.HeadingDeg), N(o.HfovDeg), N(o.VfovDeg), N(o.RangeM), N(o.HeightM), N(o.TiltDeg),
            o.ResolutionPx.ToString(CultureInfo.InvariantCulture), o.Ptz.ToString(), c.Model, c.Operator?.ToContractName(), c.OperatorId,
            c.Recording?.ToString(), c.RetentionDays?.ToString(CultureInfo.InvariantCulture), c.Purpose, c.Permit,
            c.PermitExpires?.ToString("o", CultureInfo.InvariantCulture), c.PoliceConsulted?.ToString(), c.SurveillanceZone);
    }

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
