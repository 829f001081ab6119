namespace Planner.Geo.Stores;

/// <summary>
/// Schema version 6: <c>title</c> on plans, the plan's own name (its metadata name, shown in reports and QGIS) beside
/// <c>name</c>, the key it is shared under. Before this a pulled plan took the key as its name (#14). Rows pushed
/// earlier keep NULL, and read back named by their key as before.
/// </summary>
internal static class PostGisMigration6
{
    public const string Sql = """
        ALTER TABLE cctvplanner.plans ADD COLUMN title text;
        ALTER TABLE cctvplanner.plans ADD CONSTRAINT plans_title_check CHECK (char_length(title) BETWEEN 1 AND 1000);
        """;
}
