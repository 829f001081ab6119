namespace Planner.Geo.Stores;

/// <summary>
/// Schema version 5: <c>controller_contact</c> on cameras, the contact a sign must give and the evidence canvass names
/// (camera attribute of the GeoJSON and GeoPackage formats since schema version 4 was written).
/// </summary>
internal static class PostGisMigration5
{
    public const string Sql = """
        ALTER TABLE cctvplanner.cameras ADD COLUMN controller_contact text;
        """;
}
