using NetTopologySuite.Geometries;

namespace Planner.Geo.Formats;

/// <summary>
/// One feature as a reader found it, before it becomes a camera, building or zone. Coordinates are in the layer's
/// source CRS (lon/lat x = lon for EPSG:4326). Property values are null, <see cref="string"/>, <see cref="double"/>,
/// <see cref="long"/>, <see cref="bool"/>, <see cref="DateTime"/> or <see cref="OtherValue"/>.
/// </summary>
/// <param name="Number">1-based feature number in the file (the number error messages give).</param>
/// <param name="Geometry">The geometry in the source CRS; null when the feature has none.</param>
/// <param name="Properties">Property values by name.</param>
/// <param name="FeatureId">The feature's own id (GeoJSON <c>id</c> member), if any.</param>
internal sealed record SourceFeature(int Number, Geometry? Geometry, IReadOnlyDictionary<string, object?> Properties, string? FeatureId);

/// <summary>A value that is none of the plain kinds: a JSON object or array, or a number that does not fit a double.</summary>
internal sealed record OtherValue(string Kind, string Text)
{
    public override string ToString() => Text.Length > 40 ? $"{Kind} {Text[..40]}…" : $"{Kind} {Text}";
}

/// <summary>The features of one input file and the EPSG code of the CRS their coordinates are in.</summary>
/// <param name="File">The file name as the user gave it (used in messages).</param>
/// <param name="Epsg">EPSG code of the coordinates.</param>
/// <param name="Features">The features in file order.</param>
internal sealed record SourceLayer(string File, int Epsg, IReadOnlyList<SourceFeature> Features)
{
    /// <summary>False when the file names no CRS and <see cref="Epsg"/> is the format's default (GeoJSON: lon/lat).</summary>
    public bool CrsDeclared { get; init; } = true;
}

/// <summary>A domain object read from a file, with where it came from (e.g. "feature 3 (id \"c3\")") for later messages.</summary>
internal readonly record struct Located<T>
{
    private readonly string? location;
    private readonly int line;
    private readonly string? rowId;

    public Located(string location, T item)
    {
        this.location = location;
        Item = item;
    }

    private Located(int line, string rowId, T item)
    {
        this.line = line;
        this.rowId = rowId;
        Item = item;
    }

    /// <summary>Where the item came from; for a CSV row made on first use, as most rows never appear in a message.</summary>
    public string Location => location ?? RowLocation(line, rowId ?? "");

    public T Item { get; init; }

    /// <summary>A CSV row's item: its location reads "line N (id \"…\")", or "line N" without an id.</summary>
    public static Located<T> Row(int line, string id, T item) => new(line, id, item);

    /// <summary>The words of a CSV row's location.</summary>
    public static string RowLocation(int line, string id) =>
        id.Length > 0 ? $"line {line} (id \"{id}\")" : $"line {line}";

    public void Deconstruct(out string location, out T item)
    {
        location = Location;
        item = Item;
    }
}

/// <summary>Domain objects of one layer, still in the CRS of their file (<see cref="Epsg"/>).</summary>
internal sealed record ReadLayer<T>(string File, int Epsg, IReadOnlyList<Located<T>> Items);
