namespace Planner.Geo.Stores;

/// <summary>
/// Schema version 7: <c>camera_input_epsg</c> on plans, the CRS of the camera file the plan was made from (EPSG code),
/// so a pushed and pulled plan still shows a heading given from true north as the user gave it (#14). Rows pushed
/// earlier keep NULL: their headings are shown as stored (grid north of the plan's CRS).
/// </summary>
internal static class PostGisMigration7
{
    public const string Sql = """
        ALTER TABLE cctvplanner.plans ADD COLUMN camera_input_epsg integer;
        ALTER TABLE cctvplanner.plans ADD CONSTRAINT plans_camera_input_epsg_check CHECK (camera_input_epsg BETWEEN 1024 AND 999999);
        """;
}
