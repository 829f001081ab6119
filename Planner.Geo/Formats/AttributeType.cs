namespace Planner.Geo.Formats;

/// <summary>
/// How a camera attribute is stored: GeoJSON value kind, GeoPackage column type and PostgreSQL column type.
/// <see cref="Choice"/> is text restricted to a list of contract names (e.g. <c>operator</c>).
/// </summary>
public enum AttributeType
{
    /// <summary>JSON string, GeoPackage TEXT, PostgreSQL text.</summary>
    Text,

    /// <summary>JSON number, GeoPackage REAL, PostgreSQL double precision.</summary>
    Real,

    /// <summary>JSON whole number, GeoPackage MEDIUMINT, PostgreSQL integer.</summary>
    Integer,

    /// <summary>JSON true/false, GeoPackage BOOLEAN (0/1), PostgreSQL boolean.</summary>
    Boolean,

    /// <summary>JSON string yyyy-MM-dd, GeoPackage DATE, PostgreSQL date.</summary>
    Date,

    /// <summary>One of a fixed list of contract names; stored as text.</summary>
    Choice,
}
