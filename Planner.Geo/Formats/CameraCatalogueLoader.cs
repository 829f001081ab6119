using System.Text.Json;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Loads the camera-model catalogue (<c>data/cameras/catalogue.json</c>): <c>{"version":1,"models":[{"key",
/// "name","kind","resolution_px","resolution_v_px","hfov_deg":{"min","max"} or a number,"vfov_deg","range_m","ptz", optional "price_dkk"}]}</c>.
/// Every model is validated; a bad one is an <see cref="InputException"/> naming the model and field.
/// </summary>
public static class CameraCatalogueLoader
{
    public const string FileName = "catalogue.json";

    /// <summary>Loads <c>catalogue.json</c> from <paramref name="directory"/>, or the bundled one when null (see <see cref="FindBundled"/>).</summary>
    public static CameraCatalogue LoadDirectory(string? directory)
    {
        var path = directory is null ? FindBundled() : Path.Combine(directory, FileName);
        return path is null
            ? throw Fail.Input("data/cameras/" + FileName, null, null, "the bundled camera catalogue was not found next to the program or above it")
            : Load(path);
    }

    /// <summary>The bundled catalogue: <c>data/cameras/catalogue.json</c> next to the program or in a folder above it (a source checkout).</summary>
    public static string? FindBundled()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "cameras", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static CameraCatalogue Load(string path)
    {
        using var doc = JsonInput.Parse(path, "a camera catalogue");
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
        {
            throw Fail.Input(path, null, "models", "expected an object with a \"models\" array");
        }

        var list = new List<CameraModel>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var n = 0;
        foreach (var m in models.EnumerateArray())
        {
            n++;
            if (m.ValueKind != JsonValueKind.Object)
            {
                throw Fail.Input(path, $"model {n}", null, "expected an object");
            }

            var key = m.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "";
            var location = key.Length > 0 ? $"model {n} (key \"{key}\")" : $"model {n}";
            try
            {
                var (min, max) = HfovRange(m);
                list.Add(CameraModel.Create(key, Text(m, "name"), Text(m, "kind"), Int(m, "resolution_px"), Int(m, "resolution_v_px"),
                    min, max, Num(m, "vfov_deg"), Num(m, "range_m"), m.TryGetProperty("ptz", out var p) && p.ValueKind == JsonValueKind.True)
                    with
                    {
                        PriceDkk = m.TryGetProperty("price_dkk", out _) ? Num(m, "price_dkk") : null,
                    });
            }
            catch (DomainRuleException ex)
            {
                throw Fail.Input(path, location, ex.Field, ex.Message);
            }

            if (!keys.TryAdd(key, n))
            {
                throw Fail.Input(path, location, "key", $"expected a unique key; model {keys[key]} has the same key");
            }
        }

        return new CameraCatalogue(list);
    }

    private static (double Min, double Max) HfovRange(JsonElement m)
    {
        if (!m.TryGetProperty("hfov_deg", out var h))
        {
            throw new DomainRuleException("hfov_deg", "hfov_deg is required (a number or {\"min\", \"max\"})");
        }

        if (h.ValueKind == JsonValueKind.Number)
        {
            var v = h.GetDouble();
            return (v, v);
        }

        return h.ValueKind == JsonValueKind.Object
            ? (Num(h, "min", "hfov_deg.min"), Num(h, "max", "hfov_deg.max"))
            : throw new DomainRuleException("hfov_deg", "hfov_deg must be a number or {\"min\", \"max\"}");
    }

    private static string Text(JsonElement m, string field) =>
        m.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new DomainRuleException(field, $"{field} must be a string");

    private static double Num(JsonElement m, string field, string? name = null) =>
        m.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d)
            ? d
            : throw new DomainRuleException(name ?? field, $"{name ?? field} must be a number");

    private static int Int(JsonElement m, string field) =>
        m.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)
            ? i
            : throw new DomainRuleException(field, $"{field} must be a whole number");
}
