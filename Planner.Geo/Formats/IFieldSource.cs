namespace Planner.Geo.Formats;

/// <summary>
/// Typed values of one feature or row, as a format stores them: GeoJSON/Shapefile properties (<see cref="FieldReader"/>),
/// a GeoPackage row or a PostGIS row. Each format keeps its own conversions and wording ("expected a finite number" in
/// GeoJSON, "expected a number" in a GeoPackage); every failure is an <see cref="InputException"/> naming the file,
/// the feature or row, the field and what was expected. The seam lets one attribute table read all three.
/// </summary>
internal interface IFieldSource
{
    string? Text(string field);

    /// <summary>A finite number, or null when absent.</summary>
    double? Number(string field);

    int? Integer(string field);

    bool? Bool(string field);

    DateOnly? Date(string field);

    /// <summary>Bad input at <paramref name="field"/>: one line naming file, feature, field and <paramref name="expected"/>.</summary>
    InputException Error(string field, string expected);

    /// <summary>How this format reports a value the model refuses (e.g. "heading_deg must be in [0, 360)").</summary>
    InputException Refused(DomainRuleException ex);
}
