namespace Planner.Geo.Model;

/// <summary>The camera models a plan's cameras may name in their <c>model</c> property, by key (case-insensitive).</summary>
public sealed class CameraCatalogue
{
    private readonly Dictionary<string, CameraModel> byKey;

    public CameraCatalogue(IEnumerable<CameraModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        byKey = new Dictionary<string, CameraModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in models)
        {
            Guard.That(byKey.TryAdd(m.Key, m), "key", $"key \"{m.Key}\" appears twice");
        }

        Models = [.. byKey.Values];
    }

    public IReadOnlyList<CameraModel> Models { get; }

    public bool TryGet(string key, out CameraModel model) => byKey.TryGetValue(key, out model!);

    public string AllKeys => string.Join(", ", byKey.Keys);
}
